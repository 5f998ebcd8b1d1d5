/**
 * The zsh completion at work, not only parsed: zsh completes a typed line in a pseudo-terminal
 * (test/fixtures/completion/zsh-complete.zsh), with the script sourced and with it autoloaded from $fpath
 * as the script's header suggests. .ci/run installs zsh; without it these tests are skipped.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { REPO_ROOT } from '../helpers/repo.js';

const hasZsh = spawnSync('sh', ['-c', 'command -v zsh']).status === 0;
const driver = path.join(REPO_ROOT, 'test/fixtures/completion/zsh-complete.zsh');

describe.runIf(hasZsh)('zsh completion, driven', () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'annexa-zsh-'));
    const r = await runCli(['completion', 'zsh']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    mkdirSync(path.join(dir, 'functions'));
    writeFileSync(path.join(dir, 'functions', '_annexa'), r.stdout);
    // What path completion may offer from the shell's folder: one folder, one file.
    mkdirSync(path.join(dir, 'work', 'governance'), { recursive: true });
    writeFileSync(path.join(dir, 'work', 'baseline.json'), '{}');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const ways = {
    sourced: () => `source ${path.join(dir, 'functions', '_annexa')}`,
    'autoloaded from $fpath': () => `fpath=(${path.join(dir, 'functions')} $fpath); compinit -u -D`,
  };
  /** Candidates zsh offers for each line, duplicates dropped (path completion may offer a folder twice). */
  function complete(setup: string, lines: string[]): string[][] {
    const r = spawnSync('zsh', ['-f', driver, setup, ...lines], { cwd: path.join(dir, 'work'), encoding: 'utf8', timeout: 30_000 });
    expect(r.status, r.stderr).toBe(0);
    const groups = r.stdout.split(/^--\n/m).slice(0, -1);
    expect(groups).toHaveLength(lines.length);
    return groups.map((g) => [...new Set(g.split('\n').filter(Boolean))]);
  }

  for (const [way, setup] of Object.entries(ways)) {
    it(`${way}: commands, option values, record kinds and paths on the first TAB`, () => {
      const [commands, failOn, formats, kinds, options, out, baseline, organization] = complete(setup(), [
        'annexa cr',
        'annexa check --fail-on ',
        'annexa validate -f ',
        'annexa new ',
        'annexa check --changed',
        'annexa pack --out ',
        'annexa check --baseline ',
        'annexa init --organization ',
      ]);
      expect(commands).toEqual(['crosswalk']);
      expect(failOn).toEqual(['error', 'warning', 'never']);
      expect(formats).toEqual(expect.arrayContaining(['sarif', 'junit', 'gitlab']));
      expect(kinds).toEqual(expect.arrayContaining(['control', 'ai-system', 'management-review']));
      expect(options).toEqual(['--changed-since']);
      // A folder option offers folders only; a file option files too; a free value (a name) nothing.
      expect(out).toEqual(['governance']);
      expect(baseline?.sort()).toEqual(['baseline.json', 'governance']);
      expect(organization).toEqual([]);
    });
  }
});
