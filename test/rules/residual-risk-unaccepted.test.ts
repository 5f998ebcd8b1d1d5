import { afterAll, describe, expect, it } from 'vitest';
import { cleanupRepos, lint, of } from '../helpers/repo.js';
import { config, head } from './records.js';

afterAll(cleanupRepos);

const risk = (id: string, spec: string) => head('Risk', id) + `spec:\n  domain: security\n  likelihood: 5\n  impact: 5\n  owner: CISO\n${spec}`;
const RISKS = [
  risk('r-none', '  residual: {likelihood: 4, impact: 3}\n'),
  risk('r-low', '  residual: {likelihood: 3, impact: 3}\n'),
  risk('r-accept-option', '  treatment: {option: accept}\n'),
  risk('r-ok', '  residual: {likelihood: 5, impact: 5}\n  acceptance: {by: CISO, date: 2026-01-10, until: 2027-01-10}\n'),
  risk('r-expired', '  residual: {likelihood: 5, impact: 5}\n  acceptance: {by: CISO, date: 2025-01-10, until: 2026-01-10}\n'),
  risk('r-wrong-person', '  residual: {likelihood: 5, impact: 5}\n  acceptance: {by: Intern, date: 2026-01-10}\n'),
  risk('r-closed', '  residual: {likelihood: 5, impact: 5}\n  status: closed\n'),
].join('---\n');

describe('residual-risk-unaccepted', () => {
  it('reports residual scores above the default threshold 9 without an acceptance by the owner that is still valid', async () => {
    const r = await lint({ 'r.yaml': RISKS }, 'check');
    expect(of(r.findings, 'residual-risk-unaccepted')).toEqual([
      { at: 'r.yaml:11:13', severity: 'error', message: 'Risk r-none: residual score 12 (4x3) is above the acceptance threshold 9 but nobody accepted it (add spec.acceptance with by and date)' },
      { at: 'r.yaml:35:23', severity: 'error', message: 'Risk r-accept-option: residual score 25 (5x5) is above the acceptance threshold 9 but nobody accepted it (add spec.acceptance with by and date)' },
      { at: 'r.yaml:61:51', severity: 'error', message: 'Risk r-expired: residual score 25 (5x5) is above the acceptance threshold 9; its acceptance expired on 2026-01-10' },
      { at: 'r.yaml:74:20', severity: 'error', message: 'Risk r-wrong-person: residual score 25 (5x5) is above the acceptance threshold 9; it was accepted by Intern, who is not the risk owner (CISO)' },
    ]);
  });

  it('follows the threshold and acceptors of the risk criteria in annexa.yaml', async () => {
    const r = await lint({ 'annexa.yaml': config('risk:\n  acceptanceThreshold: 12\n  acceptors: [Intern]\n'), 'r.yaml': RISKS }, 'check');
    expect(of(r.findings, 'residual-risk-unaccepted').map((f) => f.message)).toEqual([
      'Risk r-accept-option: residual score 25 (5x5) is above the acceptance threshold 12 but nobody accepted it (add spec.acceptance with by and date)',
      'Risk r-ok: residual score 25 (5x5) is above the acceptance threshold 12; it was accepted by CISO, who is not one of the acceptors in the risk criteria (Intern)',
      'Risk r-expired: residual score 25 (5x5) is above the acceptance threshold 12; it was accepted by CISO, who is not one of the acceptors in the risk criteria (Intern)',
    ]);
  });

  it('scores AI risks by the larger of impact and consequences for people', async () => {
    const ai = head('Risk', 'r-ai') + 'spec:\n  domain: ai\n  likelihood: 3\n  impact: 2\n  consequences: 5\n  owner: CMO\n  residual: {likelihood: 2, impact: 2, consequences: 5}\n';
    const r = await lint({ 'r.yaml': ai }, 'check');
    expect(of(r.findings, 'residual-risk-unaccepted').map((f) => f.message)).toEqual([
      'Risk r-ai: residual score 10 (2x5) is above the acceptance threshold 9 but nobody accepted it (add spec.acceptance with by and date)',
    ]);
  });
});
