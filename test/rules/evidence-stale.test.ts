import { afterAll, describe, expect, it } from 'vitest';
import { cleanupRepos, lint, of } from '../helpers/repo.js';
import { config, evidence } from './records.js';

afterAll(cleanupRepos);

describe('evidence-stale (collection dates; git dates are covered in test/git)', () => {
  it('names the evidence, its age and its limit; the record limit beats the config default', async () => {
    const r = await lint({
      'annexa.yaml': config('evidence:\n  maxAgeDays: 30\n'),
      'e.yaml': [
        evidence('ev-old', '  url: https://x.example.invalid/a\n  collected: 2026-09-01\n'),
        evidence('ev-own-limit', '  url: https://x.example.invalid/b\n  collected: 2026-09-01\n  maxAgeDays: 120\n'),
        evidence('ev-fresh', '  url: https://x.example.invalid/c\n  collected: 2026-11-20\n'),
      ].join('---\n'),
    }, 'check', '2026-11-23');
    expect(of(r.findings, 'evidence-stale')).toEqual([
      { at: 'e.yaml:8:14', severity: 'error', message: 'Evidence ev-old is 83 days old (collected 2026-09-01), over its limit of 30 days' },
    ]);
  });
});
