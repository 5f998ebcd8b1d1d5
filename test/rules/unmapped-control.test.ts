import { afterAll, describe, expect, it } from 'vitest';
import { cleanupRepos, lint, of } from '../helpers/repo.js';
import { config, control } from './records.js';

afterAll(cleanupRepos);

describe('unmapped-control', () => {
  it('names every Annex A control without a decision and points at the standard in annexa.yaml', async () => {
    const r = await lint({ 'annexa.yaml': config(), 'c.yaml': control('ctl-all-but-one', [], 'planned') }, 'check');
    const found = of(r.findings, 'unmapped-control');
    expect(found).toHaveLength(93);
    expect(found[0]).toEqual({ at: 'annexa.yaml:3:13', severity: 'error', message: 'iso27001:A.5.1 "Policies for information security" has no Control decision: add a Control record that implements it or excludes it with a justification' });
  });

  it('is silent for a control decided in any state, and suggests the related implemented control', async () => {
    const r = await lint({
      'annexa.yaml': 'apiVersion: annexa/v1\nkind: Config\nstandards: [iso27001:2022, iso42001:2023]\n',
      'c.yaml': control('ctl-logging', ['iso27001:A.8.15'], 'implemented') + '  evidence: []\n',
    }, 'check');
    const found = of(r.findings, 'unmapped-control');
    expect(found.some((f) => f.message.startsWith('iso27001:A.8.15 '))).toBe(false);
    const ai = found.find((f) => f.message.startsWith('iso42001:A.6.2.8 '))!;
    expect(ai.at).toBe('annexa.yaml:3:28');
    expect(ai.message).toContain('suggestion: start from ctl-logging (iso27001:A.8.15 Logging, implemented): extend it to cover "AI system recording of event logs"');
    expect(ai.message).toContain('The crosswalk relation (intersects-with) alone does not cover iso42001:A.6.2.8.');
  });

  it('does not double-report controls named by a record that failed its schema', async () => {
    const r = await lint({ 'annexa.yaml': config(), 'c.yaml': control('bad', ['iso27001:A.5.1'], 'done') }, 'check');
    expect(of(r.findings, 'schema')).toHaveLength(1);
    expect(of(r.findings, 'unmapped-control').some((f) => f.message.startsWith('iso27001:A.5.1 '))).toBe(false);
  });
});
