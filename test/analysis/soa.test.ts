import { afterAll, describe, expect, it } from 'vitest';
import { cleanupRepos, lint } from '../helpers/repo.js';
import { control, evidence, head } from '../rules/records.js';

afterAll(cleanupRepos);

const both = 'apiVersion: annexa/v1\nkind: Config\nstandards: [iso27001:2022, iso42001:2023]\n';

describe('SoA analysis', () => {
  it('lists every Annex A control with applicability, reasons, implementations and evidence', async () => {
    const r = await lint({
      'annexa.yaml': both,
      'c.yaml': [
        control('ctl-logging', ['iso27001:A.8.15', 'iso42001:A.6.2.8'], 'implemented', '  evidence: [ev-1]\n  requirements: [GDPR Art. 32]\n  aiConsiderations: Logs model version and overrides.\n'),
        control('ctl-phys', ['iso27001:A.7.1'], 'not-applicable', '  justification: Fully remote company without premises.\n'),
      ].join('---\n'),
      'e.yaml': evidence('ev-1', '  url: https://x.example.invalid/1\n  collected: 2026-11-01\n  maxAgeDays: 10\n'),
      'r.yaml': head('Risk', 'r-logs') + 'spec: {domain: security, likelihood: 2, impact: 3, owner: CISO, treatment: {option: mitigate, controls: [iso27001:A.8.15]}}\n',
      'p.yaml': head('Policy', 'pol-logging') + 'spec: {addresses: [iso27001:A.8.15]}\n',
    });
    const [s27, s42] = r.analysis().standards;
    expect(s27!.soa).toHaveLength(93);
    expect(s42!.soa).toHaveLength(38);
    const logging = s27!.soa.find((e) => e.ref === 'iso27001:A.8.15')!;
    expect(logging).toMatchObject({
      applicable: true,
      status: 'implemented',
      group: { id: 'A.8', title: 'Technological controls' },
      inclusion: { risks: ['r-logs'], policies: ['pol-logging'], requirements: ['GDPR Art. 32'], notes: [] },
      implementedBy: [{ id: 'ctl-logging', status: 'implemented', file: 'c.yaml' }],
      evidence: [{ id: 'ev-1', collected: '2026-11-01', ageDays: 22, maxAgeDays: 10, stale: true, ageSource: 'collected' }],
      related: [{ ref: 'iso42001:A.6.2.8', type: 'intersects-with', status: 'implemented' }],
    });
    expect(s27!.soa.find((e) => e.ref === 'iso27001:A.7.1')).toMatchObject({ applicable: false, status: 'not-applicable', exclusion: ['Fully remote company without premises.'] });
    expect(s27!.soa.find((e) => e.ref === 'iso27001:A.5.1')).toMatchObject({ applicable: null, status: 'no-decision', implementedBy: [] });
    expect(s42!.soa.find((e) => e.ref === 'iso42001:A.6.2.8')).toMatchObject({ objective: { id: 'A.6.2' }, group: { id: 'A.6' } });
    expect(r.analysis().integrated).toEqual([{ id: 'ctl-logging', title: 'ctl-logging', status: 'implemented', refs: { iso27001: ['iso27001:A.8.15'], iso42001: ['iso42001:A.6.2.8'] }, aiConsiderations: 'Logs model version and overrides.' }]);
  });

  it('combines several decisions: all implemented -> implemented, mixed -> in-progress, applicable beats excluded', async () => {
    const r = await lint({
      'c.yaml': [
        control('a', ['iso27001:A.5.1', 'iso27001:A.5.2'], 'implemented', '  evidence: []\n'),
        control('b', ['iso27001:A.5.1'], 'implemented'),
        control('c', ['iso27001:A.5.2'], 'planned'),
        control('d', ['iso27001:A.5.3'], 'not-applicable', '  justification: Only one engineer can hold all the duties today.\n'),
        control('e', ['iso27001:A.5.3'], 'planned'),
      ].join('---\n'),
    });
    const soa = r.analysis().standards[0]!.soa;
    expect(['iso27001:A.5.1', 'iso27001:A.5.2', 'iso27001:A.5.3'].map((ref) => soa.find((e) => e.ref === ref)!.status)).toEqual(['implemented', 'in-progress', 'planned']);
  });

  it('counts coverage per standard and theme; undecided controls count against it, excluded ones do not', async () => {
    const r = await lint({
      'annexa.yaml': 'apiVersion: annexa/v1\nkind: Config\nstandards: [iso27001:2022]\n',
      'c.yaml': [
        control('a', ['iso27001:A.6.1', 'iso27001:A.6.2'], 'implemented'),
        control('b', ['iso27001:A.6.3'], 'in-progress'),
        control('c', ['iso27001:A.6.4'], 'planned'),
        control('d', ['iso27001:A.6.7'], 'not-applicable', '  justification: Nobody works remotely; all staff on site.\n'),
      ].join('---\n'),
    });
    const cov = r.analysis().standards[0]!.coverage;
    expect(cov.groups.find((g) => g.id === 'A.6')).toEqual({ id: 'A.6', title: 'People controls', total: 8, applicable: 4, implemented: 2, inProgress: 1, planned: 1, noDecision: 3, excluded: 1, excludedJustified: 1, provided: 0, percentImplemented: 28.6 });
    expect(cov.overall).toMatchObject({ total: 93, implemented: 2, excluded: 1, noDecision: 88, percentImplemented: 2.2 });
  });
});
