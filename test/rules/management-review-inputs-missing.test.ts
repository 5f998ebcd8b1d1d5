import { afterAll, describe, expect, it } from 'vitest';
import { cleanupRepos, lint, of } from '../helpers/repo.js';
import { ALL_27001_INPUTS, review } from './ms-records.js';

afterAll(cleanupRepos);

describe('management-review-inputs-missing', () => {
  it('names the 9.3.2 inputs a review does not record, per standard', async () => {
    const r = await lint({
      'mr.yaml': [
        review('mr-1', '2026-06-18', ALL_27001_INPUTS.filter((t) => t !== 'audit-results' && t !== 'risk-assessment'), '[iso27001:2022, iso42001:2023]'),
        review('mr-2', '2026-06-18', ALL_27001_INPUTS),
      ].join('---\n'),
    }, 'check');
    expect(of(r.findings, 'management-review-inputs-missing')).toEqual([
      { at: 'mr.yaml:11:5', severity: 'error', message: 'ManagementReview mr-1 does not record these iso27001:2022 inputs (9.3.2): audit results (audit-results) and risk assessment results and the state of risk treatment (risk-assessment)' },
      { at: 'mr.yaml:11:5', severity: 'error', message: 'ManagementReview mr-1 does not record these iso42001:2023 inputs (9.3.2): audit results (audit-results)' },
    ]);
  });
});
