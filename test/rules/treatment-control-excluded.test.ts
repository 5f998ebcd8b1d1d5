import { afterAll, describe, expect, it } from 'vitest';
import { cleanupRepos, lint, of } from '../helpers/repo.js';
import { control, head } from './records.js';

afterAll(cleanupRepos);

describe('treatment-control-excluded', () => {
  it('reports a risk treated by a control the SoA excludes, at the treatment entry', async () => {
    const r = await lint({
      'c.yaml': control('ctl-phys', ['iso27001:A.7.1'], 'not-applicable', '  justification: No premises of our own; coworking provider secures the building.\n'),
      'r.yaml': head('Risk', 'r-1') + 'spec:\n  domain: security\n  likelihood: 2\n  impact: 3\n  owner: CISO\n  treatment:\n    option: mitigate\n    controls: [iso27001:A.8.7, iso27001:A.7.1]\n',
    }, 'check');
    expect(of(r.findings, 'treatment-control-excluded')).toEqual([{ at: 'r.yaml:13:32', severity: 'error', message: 'Risk r-1 is treated by iso27001:A.7.1, which ctl-phys excludes as not applicable' }]);
  });
});
