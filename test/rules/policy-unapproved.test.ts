import { afterAll, describe, expect, it } from 'vitest';
import { cleanupRepos, lint, of } from '../helpers/repo.js';
import { head } from './records.js';
import { BOTH } from './ms-records.js';

afterAll(cleanupRepos);

describe('policy-unapproved', () => {
  it('reports top-level policies (addressing 5.2) without approval or approved after today', async () => {
    const r = await lint({
      'annexa.yaml': BOTH,
      'p.yaml': [
        head('Policy', 'pol-top') + "spec:\n  addresses: ['iso27001:5.2', 'iso42001:5.2']\n  version: '1.0'\n",
        head('Policy', 'pol-future') + "spec:\n  addresses: ['iso42001:5.2']\n  documentControl:\n    approval: {by: CEO, date: 2026-12-01}\n",
        head('Policy', 'pol-ok') + "spec:\n  addresses: ['iso27001:5.2']\n  documentControl:\n    approval: {by: CEO, date: 2026-06-01}\n",
        head('Policy', 'pol-topic') + "spec:\n  addresses: ['iso27001:A.5.15']\n",
      ].join('---\n'),
    }, 'check');
    expect(of(r.findings, 'policy-unapproved')).toEqual([
      { at: 'p.yaml:7:3', severity: 'error', message: 'Policy pol-top is the top-level policy for iso27001:5.2 and iso42001:5.2 but records no approval (by whom, on which date)' },
      { at: 'p.yaml:18:31', severity: 'error', message: 'Policy pol-future is the top-level policy for iso42001:5.2 but its approval is dated 2026-12-01, after today' },
    ]);
  });
});
