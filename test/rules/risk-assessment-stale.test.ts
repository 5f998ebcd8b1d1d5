import { afterAll, describe, expect, it } from 'vitest';
import { cleanupRepos, lint, of } from '../helpers/repo.js';
import { config, head } from './records.js';

afterAll(cleanupRepos);

const risk = (id: string, extra: string) => head('Risk', id) + `spec:\n  domain: security\n  likelihood: 2\n  impact: 2\n${extra}`;
const RISKS = [
  risk('r-fresh', '  identified: 2024-01-01\n  assessed: 2026-06-01\n'),
  risk('r-old', '  identified: 2025-06-01\n'),
  risk('r-undated', ''),
  risk('r-closed', '  identified: 2020-01-01\n  status: closed\n'),
].join('---\n');

describe('risk-assessment-stale', () => {
  it('reports risks not re-assessed within 365 days (assessed, else identified) and risks without any date', async () => {
    const r = await lint({ 'r.yaml': RISKS }, 'check');
    expect(of(r.findings, 'risk-assessment-stale')).toEqual([
      { at: 'r.yaml:22:15', severity: 'warning', message: 'Risk r-old was last assessed on 2025-06-01, 540 days ago (re-assess every 365 days)' },
      { at: 'r.yaml:27:7', severity: 'warning', message: 'Risk r-undated has no assessment date (set spec.assessed, or spec.identified)' },
    ]);
  });

  it('uses the interval of the risk criteria', async () => {
    const r = await lint({ 'annexa.yaml': config('risk:\n  reassessDays: 90\n'), 'r.yaml': RISKS }, 'check');
    expect(of(r.findings, 'risk-assessment-stale').map((f) => f.message)).toEqual([
      'Risk r-fresh was last assessed on 2026-06-01, 175 days ago (re-assess every 90 days)',
      'Risk r-old was last assessed on 2025-06-01, 540 days ago (re-assess every 90 days)',
      'Risk r-undated has no assessment date (set spec.assessed, or spec.identified)',
    ]);
  });
});
