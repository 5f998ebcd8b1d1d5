import { afterAll, describe, expect, it } from 'vitest';
import { cleanupRepos, lint, of } from '../helpers/repo.js';
import { ALL_27001_INPUTS, BOTH, review } from './ms-records.js';

afterAll(cleanupRepos);

describe('management-review-overdue', () => {
  it('reports a standard whose last review is older than the interval, at that review', async () => {
    const files = {
      'annexa.yaml': BOTH,
      'mr.yaml': [review('mr-2025', '2025-06-18', ALL_27001_INPUTS), review('mr-2025-11', '2025-11-22', ALL_27001_INPUTS, '[iso42001:2023]')].join('---\n'),
    };
    expect(of((await lint(files, 'check')).findings, 'management-review-overdue')).toEqual([
      { at: 'mr.yaml:8:9', severity: 'error', message: 'the last management review of iso27001:2022 was on 2025-06-18, more than 12 months ago' },
      { at: 'mr.yaml:29:9', severity: 'error', message: 'the last management review of iso42001:2023 was on 2025-11-22, more than 12 months ago' },
    ]);
  });

  it('honours managementSystem.reviewIntervalMonths and leaves a standard without reviews to clause-unaddressed', async () => {
    const files = { 'annexa.yaml': BOTH + 'managementSystem: {reviewIntervalMonths: 18}\n', 'mr.yaml': review('mr-2025', '2025-06-18', ALL_27001_INPUTS) };
    expect(of((await lint(files, 'check')).findings, 'management-review-overdue')).toEqual([]);
  });
});
