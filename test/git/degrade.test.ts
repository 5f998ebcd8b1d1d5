/** Outside git and in shallow clones, git features say so once and degrade; nothing crashes. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gitdir, runGit, type GitDir } from '../helpers/gitdir.js';
import { collectGitFacts } from '../../src/git/collect.js';
import { NOTES } from '../../src/git/notes.js';
import { CONFIG, control, evidence, run } from './fixtures.js';

const ACME = fileURLToPath(new URL('../../examples/acme-health', import.meta.url));
// Far enough ahead that evidence is stale and reviews overdue, so there are findings to compare.
const TODAY = '2028-06-01';
const findingsOf = (stdout: string) => JSON.parse(stdout).findings as unknown[];

describe('outside git', () => {
  let plain: string;
  let repo: GitDir;
  beforeAll(() => {
    plain = mkdtempSync(path.join(os.tmpdir(), 'annexa-nogit-'));
    cpSync(ACME, plain, { recursive: true });
    repo = gitdir({ copyFrom: ACME });
    repo.commit('acme records', '2026-10-01');
  });
  afterAll(() => {
    rmSync(plain, { recursive: true, force: true });
    repo.cleanup();
  });

  it('collectGitFacts returns only the note', async () => {
    expect(await collectGitFacts(plain)).toEqual({ notes: [NOTES.notGit] });
  });

  it('treats a missing git binary like no repository', async () => {
    const saved = process.env.PATH;
    process.env.PATH = path.join(plain, 'no-bin-here');
    try {
      expect(await collectGitFacts(repo.dir)).toEqual({ notes: [NOTES.notGit] });
    } finally {
      process.env.PATH = saved;
    }
  });

  it('check on a copy without .git gives the same findings and exit code, noting it once', async () => {
    const withGit = await run(['check', repo.dir, '--today', TODAY, '-f', 'json'], repo.dir);
    const without = await run(['check', plain, '--today', TODAY, '-f', 'json'], plain);
    expect(findingsOf(without.stdout)).toEqual(findingsOf(withGit.stdout));
    expect(findingsOf(without.stdout).length).toBeGreaterThan(0);
    expect(without.code).toBe(withGit.code);
    expect(without.stderr).toBe(`annexa: ${NOTES.notGit}\n`);
    expect(withGit.stderr).toBe('');
  });

  it('diff and --changed-since need git and say so in one line (exit 2)', async () => {
    const diff = await run(['diff', 'HEAD', '-d', plain], plain);
    expect([diff.code, diff.stderr]).toEqual([2, `annexa: comparing revisions needs a git repository, and ${plain} is not inside one\n`]);
    const changed = await run(['check', plain, '--changed-since', 'HEAD', '-q'], plain);
    expect([changed.code, changed.stderr]).toEqual([2, `annexa: --changed-since needs a git repository, and ${plain} is not inside one\n`]);
  });
});

describe('shallow clone', () => {
  let origin: GitDir;
  let clone: string;
  beforeAll(() => {
    origin = gitdir();
    origin.commit('records', '2025-01-10', {
      'annexa.yaml': CONFIG,
      'controls.yaml': control('ctl-logging', ['iso27001:A.8.15'], 'implemented', ['ev-old']),
      'evidence.yaml': evidence('ev-old', { path: 'evidence/old.md' }),
      'evidence/old.md': 'old\n',
    });
    origin.commit('later', '2025-06-01', { 'README.md': 'later\n' });
    clone = mkdtempSync(path.join(os.tmpdir(), 'annexa-shallow-'));
    runGit(clone, ['clone', '-q', '--depth', '1', `file://${origin.dir}`, '.']);
  });
  afterAll(() => {
    origin.cleanup();
    rmSync(clone, { recursive: true, force: true });
  });

  it('notes the limited history; ages come from the oldest commit it has', async () => {
    const { facts, notes } = await collectGitFacts(clone);
    expect(notes).toEqual([NOTES.shallow]);
    expect(facts!.shallow).toBe(true);
    // The full history says 2025-01-10; the shallow clone only knows the boundary commit.
    expect(facts!.lastChange('evidence/old.md')).toBe('2025-06-01');
    const full = await collectGitFacts(origin.dir);
    expect(full.facts!.lastChange('evidence/old.md')).toBe('2025-01-10');
  });

  it('says when a revision is missing because the clone is shallow', async () => {
    const r = await run(['diff', 'HEAD~1', '-d', clone], clone);
    expect([r.code, r.stderr]).toEqual([2, 'annexa: unknown git revision "HEAD~1" (shallow clone: fetch more history, e.g. fetch-depth: 0)\n']);
  });

  it('check prints the note on stderr', async () => {
    const r = await run(['check', clone, '--today', '2025-07-01', '-f', 'json'], clone);
    expect(r.stderr).toBe(`annexa: ${NOTES.shallow}\n`);
  });
});
