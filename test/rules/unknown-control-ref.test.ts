import { afterAll, describe, expect, it } from 'vitest';
import { cleanupRepos, lint, of } from '../helpers/repo.js';
import { control, head } from './records.js';

afterAll(cleanupRepos);

describe('unknown-control-ref', () => {
  it('reports unknown refs at the list item with a did-you-mean', async () => {
    const r = await lint({ 'c.yaml': control('ctl-1', ['iso27001:A.8.51', 'iso27001:5.1', 'iso4201:A.6.2.8', 'acme:X-1'], 'planned') });
    expect(of(r.findings, 'unknown-control-ref')).toEqual([
      { at: 'c.yaml:7:16', severity: 'error', message: 'unknown control ref "iso27001:A.8.51": catalog iso27001 has no "A.8.51" (did you mean "iso27001:A.8.1"?)' },
      { at: 'c.yaml:7:47', severity: 'error', message: 'unknown control ref "iso4201:A.6.2.8": no catalog "iso4201" is loaded (did you mean "iso42001:A.6.2.8"?)' },
      { at: 'c.yaml:7:64', severity: 'error', message: 'unknown control ref "acme:X-1": no catalog "acme" is loaded' },
    ]);
  });

  it('accepts refs of a user catalog found in the repo', async () => {
    const catalog = 'apiVersion: annexa/v1\nkind: Catalog\nmetadata: {id: acme, title: Acme internal controls}\nspec:\n  controls:\n    - {id: X-1, title: Internal control one}\n';
    const r = await lint({ 'cat.yaml': catalog, 'c.yaml': control('ctl-1', ['acme:X-1'], 'planned'), 'p.yaml': head('Policy', 'p') + 'spec: {addresses: ["iso27001:6.1.3", "acme:X-2"]}\n' });
    expect(of(r.findings, 'unknown-control-ref').map((f) => f.message)).toEqual(['unknown control ref "acme:X-2": catalog acme has no "X-2" (did you mean "acme:X-1"?)']);
  });

  it('suggests the Annex A control for a missing dot (A5.2), not the clause one edit away', async () => {
    const r = await lint({ 'c.yaml': control('ctl-1', ['iso27001:A5.2', 'iso42001:A6.2.8'], 'planned') });
    expect(of(r.findings, 'unknown-control-ref').map((f) => f.message)).toEqual([
      'unknown control ref "iso27001:A5.2": catalog iso27001 has no "A5.2" (did you mean "iso27001:A.5.2"?)',
      'unknown control ref "iso42001:A6.2.8": catalog iso42001 has no "A6.2.8" (did you mean "iso42001:A.6.2.8"?)',
    ]);
  });

  it('explains an objective or theme heading used as a control id', async () => {
    const r = await lint({ 'c.yaml': control('ctl-1', ['iso42001:A.6.1', 'iso27001:A.7'], 'planned') });
    expect(of(r.findings, 'unknown-control-ref')).toEqual([
      { at: 'c.yaml:7:16', severity: 'error', message: '"iso42001:A.6.1" is an objective heading (Management guidance for AI system development), not a control: name the controls under it (iso42001:A.6.1.2, iso42001:A.6.1.3)' },
      { at: 'c.yaml:7:32', severity: 'error', message: '"iso27001:A.7" is a theme heading (Physical controls), not a control: name the controls under it (iso27001:A.7.1, iso27001:A.7.2, iso27001:A.7.3 and 11 more)' },
    ]);
  });
});
