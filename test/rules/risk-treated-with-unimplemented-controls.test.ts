import { afterAll, describe, expect, it } from 'vitest';
import { cleanupRepos, lint, of } from '../helpers/repo.js';
import { control, head } from './records.js';

afterAll(cleanupRepos);

const risk = (id: string, status: string, controls: string[]) =>
  head('Risk', id) + `spec:\n  domain: security\n  likelihood: 2\n  impact: 2\n  owner: CISO\n  treatment:\n    option: mitigate\n    controls: [${controls.join(', ')}]\n  status: ${status}\n`;

describe('risk-treated-with-unimplemented-controls', () => {
  it('reports treated risks whose controls are planned, in progress or undecided; open risks may wait', async () => {
    const r = await lint({
      'c.yaml': [control('c-backup', ['iso27001:A.8.13'], 'implemented'), control('c-filter', ['iso27001:A.8.23'], 'planned'), control('c-edr', ['iso27001:A.8.7'], 'in-progress')].join('---\n'),
      'r.yaml': [
        risk('r-done', 'treated', ['iso27001:A.8.13']),
        risk('r-pending', 'treated', ['iso27001:A.8.13', 'iso27001:A.8.23', 'iso27001:A.8.7', 'iso27001:A.8.8']),
        risk('r-one', 'treated', ['iso27001:A.8.23']),
        risk('r-open', 'open', ['iso27001:A.8.23']),
      ].join('---\n'),
    }, 'check');
    expect(of(r.findings, 'risk-treated-with-unimplemented-controls')).toEqual([
      { at: 'r.yaml:29:11', severity: 'error', message: 'Risk r-pending is marked treated but 3 of its controls are not implemented: iso27001:A.8.23 Web filtering (planned), iso27001:A.8.7 Protection against malware (in-progress), iso27001:A.8.8 Management of technical vulnerabilities (no-decision); keep it open until they are' },
      { at: 'r.yaml:44:11', severity: 'error', message: 'Risk r-one is marked treated but its control is not implemented: iso27001:A.8.23 Web filtering (planned); keep it open until they are' },
    ]);
  });
});
