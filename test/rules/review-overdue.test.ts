import { afterAll, describe, expect, it } from 'vitest';
import { cleanupRepos, lint, of } from '../helpers/repo.js';
import { head } from './records.js';

afterAll(cleanupRepos);

describe('review-overdue', () => {
  it('warns when nextReview is before today, and not on the day itself', async () => {
    const r = await lint({
      'p.yaml': head('Policy', 'pol-late') + 'spec:\n  nextReview: 2026-11-01\n---\n' + head('Policy', 'pol-today') + 'spec:\n  nextReview: 2026-11-23\n',
      'ia.yaml': head('ImpactAssessment', 'ia-1') + 'spec:\n  aiSystem: ai-1\n  nextReview: 2025-11-23\n',
    }, 'check', '2026-11-23');
    expect(of(r.findings, 'review-overdue')).toEqual([
      { at: 'ia.yaml:8:15', severity: 'warning', message: 'ImpactAssessment ia-1 was due for review on 2025-11-23 (365 days overdue)' },
      { at: 'p.yaml:7:15', severity: 'warning', message: 'Policy pol-late was due for review on 2026-11-01 (22 days overdue)' },
    ]);
  });
});
