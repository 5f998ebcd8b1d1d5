import { afterAll, describe, expect, it } from 'vitest';
import { cleanupRepos, lint, of } from '../helpers/repo.js';
import { evidence, head } from './records.js';
import { evidenceAge } from '../../src/analysis/evidence-age.js';
import type { EvidenceRecord } from '../../src/model/types.js';

afterAll(cleanupRepos);

describe('date-in-future', () => {
  it('reports dates of past events that lie after today, at the date; planned dates may lie ahead', async () => {
    const r = await lint({
      'e.yaml': [
        evidence('ev-future', '  url: https://x.example.invalid/a\n  collected: 2030-01-01\n'),
        evidence('ev-today', '  url: https://x.example.invalid/b\n  collected: 2026-11-23\n'),
      ].join('---\n'),
      'p.yaml': `${head('Policy', 'pol-x')}spec:\n  approval: {by: CISO, date: 2026-11-24}\n  nextReview: 2027-11-24\n`,
    }, 'check', '2026-11-23');
    expect(of(r.findings, 'date-in-future')).toEqual([
      { at: 'e.yaml:8:14', severity: 'error', message: 'Evidence ev-future says collected 2030-01-01, 1135 days after today (2026-11-23)' },
      { at: 'p.yaml:7:30', severity: 'error', message: 'Policy pol-x says approved 2026-11-24, 1 day after today (2026-11-23)' },
    ]);
  });

  it('covers the management-system records: audits and reviews held, nonconformities raised and closed, measurements taken', async () => {
    const r = await lint({
      'ms.yaml': [
        `${head('InternalAudit', 'ia-x')}spec:\n  standards: [iso27001:2022]\n  date: 2026-12-01\n  scope: [iso27001:9]\n  auditor: Ext\n`,
        `${head('Objective', 'obj-x')}spec:\n  standards: [iso27001:2022]\n  measurements:\n    - {date: 2026-10-01, value: 1}\n    - {date: 2027-01-01, value: 2}\n`,
      ].join('---\n'),
    }, 'check', '2026-11-23');
    expect(of(r.findings, 'date-in-future').map((f) => f.message)).toEqual([
      'InternalAudit ia-x says held 2026-12-01, 8 days after today (2026-11-23)',
      'Objective obj-x says measured 2027-01-01, 39 days after today (2026-11-23)',
    ]);
  });

  it('gives evidence collected after today no age (never a negative one) and never calls it stale', () => {
    const ev = { kind: 'Evidence', metadata: { id: 'ev' }, spec: { collected: '2030-01-01' }, source: { file: 'e.yaml', doc: 0 } } as unknown as EvidenceRecord;
    expect(evidenceAge(ev, '2026-11-23', 365)).toMatchObject({ ageDays: undefined, stale: false, future: true, date: '2030-01-01' });
    expect(evidenceAge(ev, '2030-01-03', 365)).toMatchObject({ ageDays: 2, future: false });
  });
});
