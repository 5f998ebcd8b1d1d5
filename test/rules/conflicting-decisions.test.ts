import { afterAll, describe, expect, it } from 'vitest';
import { cleanupRepos, lint, of } from '../helpers/repo.js';
import { control } from './records.js';

afterAll(cleanupRepos);

describe('conflicting-decisions', () => {
  it('warns when one record excludes a control another applies', async () => {
    const r = await lint({
      'c.yaml': [
        control('ctl-excl', ['iso27001:A.7.4'], 'not-applicable', '  justification: Monitoring is done by the building owner, not by us.\n'),
        control('ctl-cctv', ['iso27001:A.7.4'], 'planned'),
      ].join('---\n'),
    }, 'check');
    expect(of(r.findings, 'conflicting-decisions')).toEqual([{ at: 'c.yaml:8:11', severity: 'warning', message: 'ctl-excl excludes iso27001:A.7.4, but ctl-cctv treats it as applicable' }]);
  });
});
