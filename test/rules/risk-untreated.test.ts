import { afterAll, describe, expect, it } from 'vitest';
import { cleanupRepos, lint, of } from '../helpers/repo.js';
import { head } from './records.js';

afterAll(cleanupRepos);

const risk = (id: string, spec: string) => head('Risk', id) + `spec:\n  domain: security\n  likelihood: 3\n  impact: 4\n${spec}`;

describe('risk-untreated', () => {
  it('reports risks without owner, without option, or mitigated by no control; skips closed ones', async () => {
    const r = await lint({
      'r.yaml': [
        risk('r-none', ''),
        risk('r-no-controls', '  owner: CISO\n  treatment:\n    option: mitigate\n'),
        risk('r-ok', '  owner: CISO\n  treatment:\n    option: mitigate\n    controls: [iso27001:A.8.7]\n'),
        risk('r-accepted', '  owner: CEO\n  treatment:\n    option: accept\n'),
        risk('r-closed', '  status: closed\n'),
      ].join('---\n'),
    }, 'check');
    expect(of(r.findings, 'risk-untreated')).toEqual([
      { at: 'r.yaml:4:7', severity: 'error', message: 'Risk r-none is untreated: it lacks an owner (spec.owner) and a treatment option (spec.treatment.option)' },
      { at: 'r.yaml:22:5', severity: 'error', message: 'Risk r-no-controls is untreated: it lacks the controls of its mitigation (spec.treatment.controls)' },
    ]);
  });
});
