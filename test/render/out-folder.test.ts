import { mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, EXAMPLE, listFiles, runCli, tempDir } from './support.js';

const DATE = ['--date', '2026-01-01'];

describe('annexa pack --out safety', () => {
  let dir: string;
  // What --out does does not depend on the records: a small repository (outside any git work tree) packs in a
  // fraction of the example's time, and these tests pack eleven times.
  let repo: string;
  beforeAll(async () => {
    repo = await tempDir();
    await writeFile(path.join(repo, 'annexa.yaml'), 'apiVersion: annexa/v1\nkind: Config\nstandards: [iso27001:2022, iso42001:2023]\n');
    await writeFile(path.join(repo, 'records.yaml'), [
      'apiVersion: annexa/v1\nkind: Policy\nmetadata: {id: pol-1, title: Access control}\nspec: {}\n',
      'apiVersion: annexa/v1\nkind: Control\nmetadata: {id: ctl-1, title: Logging}\nspec: {implements: [iso27001:A.8.15], status: implemented}\n',
    ].join('---\n'));
  });
  afterAll(() => cleanup(repo));
  beforeEach(async () => {
    dir = await tempDir();
  });
  afterEach(() => cleanup(dir));

  const pack = (out: string, ...extra: string[]) => runCli(['pack', repo, '--out', out, ...DATE, ...extra], { cwd: dir });

  it('refuses a non-empty folder it did not create and leaves it untouched', async () => {
    const out = path.join(dir, 'docs');
    await mkdir(path.join(out, 'sub'), { recursive: true });
    await writeFile(path.join(out, 'notes.txt'), 'keep me');
    await writeFile(path.join(out, 'manifest.json'), '{"tool":{"name":"other"}}');
    await writeFile(path.join(out, 'sub', 'index.html'), 'mine');
    const run = await pack('docs');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^annexa: --out docs is not empty and is not an annexa pack; .*--force/);
    expect(run.stdout).toBe('');
    expect(await listFiles(out)).toEqual(['manifest.json', 'notes.txt', 'sub/index.html']);
    expect(await readFile(path.join(out, 'notes.txt'), 'utf8')).toBe('keep me');
    expect(await readdir(dir)).toEqual(['docs']);
  });

  it('with --force writes its files into a foreign folder and removes nothing else', async () => {
    const out = path.join(dir, 'docs');
    await mkdir(out);
    await writeFile(path.join(out, 'notes.txt'), 'keep me');
    const run = await pack('docs', '--force');
    expect(run.code).toBe(0);
    const files = await listFiles(out);
    expect(files).toContain('notes.txt');
    expect(files).toContain('index.html');
    expect(files).toContain('markdown/index.md');
    expect(await readFile(path.join(out, 'notes.txt'), 'utf8')).toBe('keep me');
    expect(await readdir(dir)).toEqual(['docs']);
  });

  it('replaces an earlier pack without --force, but not one with foreign files added', async () => {
    expect((await pack('out')).code).toBe(0);
    const first = await listFiles(path.join(dir, 'out'));
    const again = await pack('out');
    expect(again.code).toBe(0);
    expect(await listFiles(path.join(dir, 'out'))).toEqual(first);
    expect(await readdir(dir)).toEqual(['out']);
    await writeFile(path.join(dir, 'out', 'extra.txt'), 'added by hand');
    const refused = await pack('out');
    expect(refused.code).toBe(2);
    expect(await readFile(path.join(dir, 'out', 'extra.txt'), 'utf8')).toBe('added by hand');
  });

  it('writes into an empty folder and creates missing parents', async () => {
    await mkdir(path.join(dir, 'empty'));
    expect((await pack('empty')).code).toBe(0);
    expect((await pack('a/b/c')).code).toBe(0);
    expect(await listFiles(path.join(dir, 'a/b/c'))).toContain('index.html');
    expect(await readdir(path.join(dir, 'a/b'))).toEqual(['c']);
  });

  it('never follows a symlink out of a forced folder', async () => {
    const out = path.join(dir, 'docs');
    const outside = path.join(dir, 'outside');
    await mkdir(out);
    await mkdir(outside);
    await writeFile(path.join(out, 'notes.txt'), 'x');
    await symlink(outside, path.join(out, 'markdown'));
    const run = await pack('docs', '--force');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/outside --out/);
    expect(await readdir(outside)).toEqual([]);
    expect((await readdir(out)).sort()).toEqual(['markdown', 'notes.txt']);
    expect((await readdir(dir)).sort()).toEqual(['docs', 'outside']);
  });

  it('refuses a file, a symlinked folder, the repository itself and a bad date', async () => {
    await writeFile(path.join(dir, 'file'), 'x');
    expect((await pack('file')).stderr).toMatch(/exists and is not a folder/);
    await mkdir(path.join(dir, 'real'));
    await symlink(path.join(dir, 'real'), path.join(dir, 'link'));
    expect((await pack('link')).stderr).toMatch(/symbolic link/);
    const self = await runCli(['pack', EXAMPLE, '--out', path.dirname(EXAMPLE), ...DATE], { cwd: dir });
    expect(self.code).toBe(2);
    expect(self.stderr).toMatch(/would hold the governance repository/);
    const bad = await runCli(['pack', repo, '--out', 'x', '--date', '2026-13-01'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--date must be a date/);
    expect((await readdir(dir)).sort()).toEqual(['file', 'link', 'real']);
  });

  it('shows progress only on a TTY outside CI and without --quiet', async () => {
    const tty = await runCli(['pack', repo, '--out', 'p1', ...DATE], { cwd: dir, tty: true });
    expect(tty.stderr).toMatch(/rendering \d+\/\d+ pages/);
    expect(tty.stdout).toMatch(/^pack written to p1 \(\d+ files\)\n$/);
    // In CI only the one-line note that this repository has no git history remains; no progress line.
    expect((await runCli(['pack', repo, '--out', 'p2', ...DATE], { cwd: dir, tty: true, env: { CI: 'true' } })).stderr).toBe('annexa: not a git repository: git facts (evidence age from commits, provenance) are not used\n');
    const quiet = await runCli(['pack', repo, '--out', 'p3', ...DATE, '--quiet'], { cwd: dir, tty: true });
    expect(quiet.stderr).toBe('');
    expect(quiet.stdout).toBe('');
  });
});
