import { afterAll, describe, expect, it } from 'vitest';
import { cleanupRepos, lint, of } from '../helpers/repo.js';
import { config, control, evidence } from './records.js';

afterAll(cleanupRepos);

describe('coverage-below-threshold', () => {
  it('fails a standard below coverage.minImplemented, counting undecided controls against it', async () => {
    const r = await lint({
      'annexa.yaml': config('coverage:\n  minImplemented: 5\n'),
      'c.yaml': control('ctl-a', ['iso27001:A.5.1', 'iso27001:A.5.2', 'iso27001:A.5.3'], 'implemented', '  evidence: [ev-1]\n'),
      'e.yaml': evidence('ev-1'),
    }, 'check');
    expect(of(r.findings, 'coverage-below-threshold')).toEqual([
      { at: 'annexa.yaml:5:19', severity: 'error', message: 'iso27001:2022: 3.2% of Annex A controls not excluded are implemented (3 of 93), below the 5% threshold' },
    ]);
  });

  it('is silent at or above the threshold and without one', async () => {
    const files = { 'c.yaml': control('ctl-a', ['iso27001:A.5.1', 'iso27001:A.5.2', 'iso27001:A.5.3'], 'implemented', '  evidence: [ev-1]\n'), 'e.yaml': evidence('ev-1') };
    expect(of((await lint({ ...files, 'annexa.yaml': config('coverage:\n  minImplemented: 3.2258\n') }, 'check')).findings, 'coverage-below-threshold')).toEqual([]);
    expect(of((await lint({ ...files, 'annexa.yaml': config() }, 'check')).findings, 'coverage-below-threshold')).toEqual([]);
    // 3/93 is 3.2258...%: shown rounded as 3.2, but it does not reach 3.23.
    expect(of((await lint({ ...files, 'annexa.yaml': config('coverage:\n  minImplemented: 3.23\n') }, 'check')).findings, 'coverage-below-threshold')).toHaveLength(1);
  });
});
