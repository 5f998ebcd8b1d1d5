import { afterAll, describe, expect, it } from 'vitest';
import { chmodSync, mkdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { cleanupRepos, makeRepo, of } from '../helpers/repo.js';
import { runPipeline } from '../../src/pipeline.js';

afterAll(cleanupRepos);

const policy = (id: string) => `apiVersion: annexa/v1\nkind: Policy\nmetadata:\n  id: ${id}\n  title: A policy\nspec: {}\n`;
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

describe('load-stage rules without a test elsewhere', () => {
  it('unreadable-file: a dangling symlink and a symlink to a folder are located findings; the other files are still read', async () => {
    const root = makeRepo({ 'ok.yaml': policy('p1') });
    symlinkSync('renamed-away.yaml', path.join(root, 'gone.yaml'));
    mkdirSync(path.join(root, 'folder'));
    symlinkSync('folder', path.join(root, 'dir.yaml'));
    const r = await runPipeline({ root, scope: 'validate', today: '2026-11-23' });
    expect(of(r.findings, 'unreadable-file')).toEqual([
      { at: 'dir.yaml:1:1', severity: 'error', message: 'cannot read file (EISDIR)' },
      { at: 'gone.yaml:1:1', severity: 'error', message: 'cannot read file (ENOENT)' },
    ]);
    expect(r.model.get('Policy', 'p1')).toBeDefined();
  });

  it.skipIf(isRoot)('unreadable-file: a file without read permission', async () => {
    const root = makeRepo({ 'locked.yaml': policy('p2'), 'ok.yaml': policy('p1') });
    chmodSync(path.join(root, 'locked.yaml'), 0o000);
    try {
      const r = await runPipeline({ root, scope: 'validate', today: '2026-11-23' });
      expect(of(r.findings, 'unreadable-file')).toEqual([{ at: 'locked.yaml:1:1', severity: 'error', message: 'cannot read file (EACCES)' }]);
      expect(r.model.get('Policy', 'p1')).toBeDefined();
    } finally {
      chmodSync(path.join(root, 'locked.yaml'), 0o644);
    }
  });
});
