/**
 * The ways a governance repo gets annexa, each proven end to end: install into a throw-away project, then
 * `npx annexa --version` and `npx annexa check` on a copy of examples/acme-health. Slow by nature (npm), so
 * the three installs share one snapshot and one tarball and run at the same time. Dependencies come from
 * npm's cache when it has them (`--prefer-offline`), as after `npm ci`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { ACME, REPO_ROOT } from '../helpers/repo.js';

const run = promisify(execFile);
const hasNpm = spawnSync('npm', ['--version']).status === 0;
const hasDocker = spawnSync('docker', ['info'], { timeout: 20_000 }).status === 0;
const version = (JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
/** npm installs take seconds on a quiet machine and minutes on a busy one; a hung install still ends. */
const INSTALL_TIMEOUT = 600_000;
const NPM_FLAGS = ['--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'];

/** The environment without the outer `npm test`'s npm_* settings, which would leak into the inner npm. */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
  return { ...env, NO_COLOR: '1', CI: 'true', ...extra };
}

async function sh(cmd: string, args: string[], cwd: string, env = cleanEnv()): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const r = await run(cmd, args, { cwd, env, maxBuffer: 64 * 1024 * 1024, timeout: 540_000 });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout ?? '', stderr: e.stderr ?? String(err) };
  }
}

describe.skipIf(!hasNpm)('install paths (npm is needed; it comes with Node)', () => {
  let tmp: string;
  let tarball: string;
  let snapshot: string;

  beforeAll(async () => {
    tmp = mkdtempSync(path.join(tmpdir(), 'annexa-install-'));
    // npm test builds dist/ first; the tarball is packed from it without running `prepare` again,
    // which would rebuild dist/ under the feet of the tests running beside this one.
    expect(existsSync(path.join(REPO_ROOT, 'dist/cli/main.js')), 'dist/ is built by npm test').toBe(true);
    const packed = await sh('npm', ['pack', '--ignore-scripts', '--pack-destination', tmp, ...NPM_FLAGS], REPO_ROOT);
    expect(packed.stderr).toBe('');
    tarball = path.join(tmp, readdirSync(tmp).find((f) => f.endsWith('.tgz'))!);
    // The git URL install clones a repository: a snapshot of the working tree (tracked and new files), so
    // uncommitted work is what gets tested, with fixed author and dates.
    snapshot = path.join(tmp, 'annexa.git-src');
    const files = spawnSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd: REPO_ROOT, encoding: 'utf8' }).stdout.split('\0').filter(Boolean);
    for (const f of files) {
      if (!existsSync(path.join(REPO_ROOT, f))) continue; // deleted, not yet committed
      mkdirSync(path.dirname(path.join(snapshot, f)), { recursive: true });
      cpSync(path.join(REPO_ROOT, f), path.join(snapshot, f), { verbatimSymlinks: true });
    }
    const gitEnv = cleanEnv({ GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com', GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z', GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z' });
    for (const args of [['init', '-q'], ['add', '-A'], ['commit', '-q', '-m', 'snapshot']]) {
      const r = await sh('git', args, snapshot, gitEnv);
      expect(r.stderr).toBe('');
    }
  }, 300_000);

  // The installs leave about 1 GB behind; removing it takes minutes on a busy disk.
  afterAll(async () => {
    if (tmp) await rm(tmp, { recursive: true, force: true });
  }, INSTALL_TIMEOUT);

  /** A throw-away governance repo: package.json plus a copy of examples/acme-health. */
  function project(name: string): string {
    const dir = path.join(tmp, name);
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: `gov-${name}`, version: '1.0.0', private: true }, null, 2));
    cpSync(ACME, path.join(dir, 'governance'), { recursive: true });
    return dir;
  }

  /** `npx annexa --version` and `npx annexa check governance` in an installed project. */
  async function expectWorking(cwd: string, annexa: [string, string[]], env?: NodeJS.ProcessEnv) {
    const v = await sh(annexa[0], [...annexa[1], '--version'], cwd, env);
    expect(v).toMatchObject({ code: 0, stdout: `${version}\n` });
    const c = await sh(annexa[0], [...annexa[1], 'check', 'governance', '-q'], cwd, env);
    expect(c.stderr).toBe('');
    expect(c.code).toBe(0);
    expect(c.stdout).toMatch(/no problems/);
  }

  describe.concurrent('each path', () => {
    it('from an npm pack tarball', async () => {
      const dir = project('tarball');
      const i = await sh('npm', ['install', '--save-dev', ...NPM_FLAGS, tarball], dir);
      expect(i.code, i.stderr).toBe(0);
      await expectWorking(dir, ['npx', ['--no', '--', 'annexa']]);
    }, INSTALL_TIMEOUT);

    it('from a git URL (built on install by the prepare script)', async () => {
      const dir = project('git');
      const i = await sh('npm', ['install', '--save-dev', ...NPM_FLAGS, `git+file://${snapshot}`], dir);
      expect(i.code, i.stderr).toBe(0);
      expect(existsSync(path.join(dir, 'node_modules/annexa/dist/cli/main.js'))).toBe(true);
      await expectWorking(dir, ['npx', ['--no', '--', 'annexa']]);
    }, INSTALL_TIMEOUT);

    it('globally (npm i -g), then annexa on the PATH', async () => {
      const dir = project('global');
      const prefix = path.join(tmp, 'global-prefix');
      const i = await sh('npm', ['install', '-g', '--prefix', prefix, ...NPM_FLAGS, tarball], dir);
      expect(i.code, i.stderr).toBe(0);
      await expectWorking(dir, ['annexa', []], cleanEnv({ PATH: `${path.join(prefix, 'bin')}${path.delimiter}${process.env.PATH}` }));
    }, INSTALL_TIMEOUT);
  });

  // Docker is built only where a daemon answers (not on this project's CI machine); the README says so.
  it.skipIf(!hasDocker)('the Docker image runs annexa (built only where docker works)', async () => {
    const tag = 'annexa-install-test:latest';
    const b = await sh('docker', ['build', '-q', '-t', tag, '.'], REPO_ROOT);
    expect(b.code, b.stderr).toBe(0);
    expect(await sh('docker', ['run', '--rm', tag, '--version'], REPO_ROOT)).toMatchObject({ code: 0, stdout: `${version}\n` });
    const c = await sh('docker', ['run', '--rm', '-v', `${ACME}:/repo:ro`, tag, 'check', '/repo', '-q'], REPO_ROOT);
    expect(c.code, c.stdout + c.stderr).toBe(0);
  }, INSTALL_TIMEOUT);

  it('a copy that was never built says so in one line', async () => {
    const dir = path.join(tmp, 'unbuilt');
    cpSync(path.join(REPO_ROOT, 'bin'), path.join(dir, 'bin'), { recursive: true });
    writeFileSync(path.join(dir, 'package.json'), '{"type":"module"}');
    const r = await sh(process.execPath, [path.join(dir, 'bin/annexa.js'), '--version'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`annexa: this copy of annexa is not built (no dist/ in ${dir}/); run \`npm run build\` there, or install a packed release\n`);
  });
});
