import { afterAll, describe, expect, it } from 'vitest';
import { symlinkSync } from 'node:fs';
import path from 'node:path';
import { cleanupRepos, makeRepo, of } from '../helpers/repo.js';
import { runPipeline } from '../../src/pipeline.js';
import { evidence } from './records.js';

afterAll(cleanupRepos);

describe('path-outside-repo', () => {
  it('reports paths that climb out, and symlinks that lead out of the repo', async () => {
    const root = makeRepo({ 'e.yaml': evidence('ev-1', '  path: ../../etc/passwd\n') + '---\n' + evidence('ev-2', '  path: linked.txt\n') });
    symlinkSync('/etc/hostname', path.join(root, 'linked.txt'));
    const r = await runPipeline({ root, scope: 'validate', today: '2026-11-23' });
    expect(of(r.findings, 'path-outside-repo')).toEqual([
      { at: 'e.yaml:7:9', severity: 'error', message: 'evidence file "../../etc/passwd" of Evidence ev-1 leaves the repository; files that records point at must live inside it' },
      { at: 'e.yaml:15:9', severity: 'error', message: 'evidence file "linked.txt" of Evidence ev-2 leaves the repository; files that records point at must live inside it' },
    ]);
  });
});
