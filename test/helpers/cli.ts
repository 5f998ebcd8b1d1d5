import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { main } from '../../src/cli/main.js';
import { REPO_ROOT } from './repo.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with injected streams (fast, same code path as the binary). */
export async function runCli(argv: string[], cwd = REPO_ROOT, env: Record<string, string | undefined> = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: { write: (s: string) => (stdout += s), isTTY: false },
    stderr: { write: (s: string) => (stderr += s), isTTY: false },
    env: { NO_COLOR: '1', ...env },
    cwd,
  });
  return { code, stdout, stderr };
}

/** Runs the built binary (npm test builds dist/ first), as CI and users do. */
export function runBin(argv: string[], cwd = REPO_ROOT, env: Record<string, string> = {}): CliRun {
  const r = spawnSync(process.execPath, [path.join(REPO_ROOT, 'bin/annexa.js'), ...argv], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', CI: 'true', ...env },
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
