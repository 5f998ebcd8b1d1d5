import { afterAll, describe, expect, it } from 'vitest';
import { cleanupRepos, lint, of } from '../helpers/repo.js';
import { head } from './records.js';

afterAll(cleanupRepos);

const risk = (id: string, treatment: string, status = 'open') =>
  head('Risk', id) + `spec:\n  domain: security\n  likelihood: 2\n  impact: 2\n  owner: CISO\n${treatment}  status: ${status}\n`;

describe('treatment-plan-unapproved', () => {
  it('reports treatment plans without approval or approved by someone other than the risk owner', async () => {
    const r = await lint({
      'r.yaml': [
        risk('r-unapproved', '  treatment:\n    option: accept\n'),
        risk('r-other', '  treatment:\n    option: accept\n    approval: {by: CFO, date: 2026-01-02}\n'),
        risk('r-ok', '  treatment:\n    option: accept\n    approval: {by: CISO, date: 2026-01-02}\n'),
        risk('r-no-option', ''),
        risk('r-closed', '  treatment:\n    option: accept\n', 'closed'),
      ].join('---\n'),
    }, 'check');
    expect(of(r.findings, 'treatment-plan-unapproved')).toEqual([
      { at: 'r.yaml:12:5', severity: 'warning', message: 'Risk r-unapproved: the treatment plan (accept) has no approval by the risk owner CISO (add spec.treatment.approval with by and date)' },
      { at: 'r.yaml:27:20', severity: 'warning', message: 'Risk r-other: the treatment plan was approved by CFO, not by the risk owner CISO' },
    ]);
  });
});
