import { afterAll, describe, expect, it } from 'vitest';
import { cleanupRepos, lint, of } from '../helpers/repo.js';
import { control, evidence } from './records.js';

afterAll(cleanupRepos);

describe('implemented-without-evidence', () => {
  it('warns for implemented controls without evidence only', async () => {
    const r = await lint({
      'c.yaml': [control('ctl-a', ['iso27001:A.5.1'], 'implemented'), control('ctl-b', ['iso27001:A.5.2'], 'implemented', '  evidence: [ev-1]\n'), control('ctl-c', ['iso27001:A.5.3'], 'planned')].join('---\n'),
      'e.yaml': evidence('ev-1'),
    }, 'check');
    expect(of(r.findings, 'implemented-without-evidence')).toEqual([{ at: 'c.yaml:8:11', severity: 'warning', message: 'Control ctl-a is implemented but lists no evidence (spec.evidence)' }]);
  });
});
