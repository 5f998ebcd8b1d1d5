import { afterAll, describe, expect, it } from 'vitest';
import { cleanupRepos, lint, of } from '../helpers/repo.js';
import { evidence, head } from './records.js';

afterAll(cleanupRepos);

describe('file-missing', () => {
  it('reports evidence paths and policy documents that do not exist; URLs are not checked', async () => {
    const r = await lint({
      'e.yaml': evidence('ev-1', '  path: evidence/report.pdf\n'),
      'ok.yaml': evidence('ev-2', '  path: files/here.md\n'),
      'files/here.md': '# here\n',
      'p.yaml': head('Policy', 'pol-1') + 'spec:\n  document: docs/policy.md\n---\n' + head('Policy', 'pol-2') + 'spec:\n  document: https://wiki.example.invalid/policy\n',
    });
    expect(of(r.findings, 'file-missing')).toEqual([
      { at: 'e.yaml:7:9', severity: 'error', message: 'evidence file "evidence/report.pdf" of Evidence ev-1 does not exist' },
      { at: 'p.yaml:7:13', severity: 'error', message: 'policy document "docs/policy.md" of Policy pol-1 does not exist' },
    ]);
  });
});
