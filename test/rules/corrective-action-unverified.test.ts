import { afterAll, describe, expect, it } from 'vitest';
import { cleanupRepos, lint, of } from '../helpers/repo.js';
import { nonconformity } from './ms-records.js';

afterAll(cleanupRepos);

describe('corrective-action-unverified', () => {
  it('reports nonconformities closed without an effectiveness review or with an ineffective one', async () => {
    const r = await lint({
      'nc.yaml': [
        nonconformity('nc-1', '  closed: 2026-10-20\n'),
        nonconformity('nc-2', '  effectivenessReview: {date: 2026-11-01, by: CISO, effective: false}\n  closed: 2026-11-02\n'),
        nonconformity('nc-3', '  effectivenessReview: {date: 2026-11-01, by: CISO, effective: true}\n  closed: 2026-11-02\n'),
        nonconformity('nc-open', ''),
      ].join('---\n'),
    }, 'check');
    expect(of(r.findings, 'corrective-action-unverified')).toEqual([
      { at: 'nc.yaml:10:11', severity: 'error', message: 'Nonconformity nc-1 was closed on 2026-10-20 without a review of whether its corrective actions worked (effectivenessReview)' },
      { at: 'nc.yaml:21:64', severity: 'error', message: 'Nonconformity nc-2 was closed on 2026-11-02 although its effectiveness review of 2026-11-01 found the actions not effective' },
    ]);
  });
});
