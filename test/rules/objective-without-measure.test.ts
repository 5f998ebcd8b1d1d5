import { afterAll, describe, expect, it } from 'vitest';
import { cleanupRepos, lint, of } from '../helpers/repo.js';
import { objective } from './ms-records.js';

afterAll(cleanupRepos);

describe('objective-without-measure', () => {
  it('reports objectives without a measure or a target, and not complete ones', async () => {
    const r = await lint({
      'o.yaml': [
        objective('obj-none', '  owner: CISO\n'),
        objective('obj-no-target', '  measure: {description: Trained staff, unit: "%", direction: at-least}\n'),
        objective('obj-ok', '  measure: {description: Trained staff, direction: at-least}\n  target: 95\n'),
      ].join('---\n'),
    }, 'check');
    expect(of(r.findings, 'objective-without-measure')).toEqual([
      { at: 'o.yaml:7:3', severity: 'error', message: 'Objective obj-none has no measure and no target; say what is measured and the value to reach' },
      { at: 'o.yaml:16:3', severity: 'error', message: 'Objective obj-no-target has no target; say what is measured and the value to reach' },
    ]);
  });
});
