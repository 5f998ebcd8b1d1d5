import { afterAll, describe, expect, it } from 'vitest';
import { cleanupRepos, lint, of } from '../helpers/repo.js';
import { objective } from './ms-records.js';

afterAll(cleanupRepos);

describe('objective-off-target', () => {
  it('warns when the latest measurement (by date, not file order) misses the target in its direction', async () => {
    const r = await lint({
      'o.yaml': [
        objective('obj-training', '  measure: {description: Trained staff, unit: "%", direction: at-least}\n  target: 95\n  due: 2027-06-30\n  measurements:\n    - {date: 2026-09-30, value: 90}\n    - {date: 2026-03-31, value: 97}\n'),
        objective('obj-fix-days', '  measure: {description: Days to fix, direction: at-most}\n  target: 7\n  measurements:\n    - {date: 2026-06-30, value: 9}\n    - {date: 2026-09-30, value: 7}\n'),
        objective('obj-late', '  measure: {description: Days to fix, direction: at-most}\n  target: 7\n  measurements:\n    - {date: 2026-09-30, value: 8}\n'),
      ].join('---\n'),
    }, 'check');
    expect(of(r.findings, 'objective-off-target')).toEqual([
      { at: 'o.yaml:12:33', severity: 'warning', message: 'Objective obj-training measured 90 % on 2026-09-30, below its target of 95 %; due 2027-06-30' },
      { at: 'o.yaml:38:33', severity: 'warning', message: 'Objective obj-late measured 8 on 2026-09-30, above its target of 7' },
    ]);
  });
});
