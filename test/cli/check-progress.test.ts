import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { REPO_ROOT } from '../helpers/repo.js';

/** Runs check with stderr as a terminal or not, in a given environment. */
async function check(tty: boolean, env: Record<string, string>, args: string[] = []) {
  let stdout = '';
  let stderr = '';
  const code = await main(['check', 'examples/acme-health', '--today', '2026-11-23', ...args], {
    stdout: { write: (s: string) => (stdout += s), isTTY: false },
    stderr: { write: (s: string) => (stderr += s), isTTY: tty },
    env: { NO_COLOR: '1', ...env },
    cwd: REPO_ROOT,
  });
  return { code, stdout, stderr };
}

describe('check progress line', () => {
  it('shows what it is doing on a terminal, then clears the line before the report', async () => {
    const r = await check(true, {});
    expect(r.code).toBe(0);
    const updates = r.stderr.split('\r\x1b[2K').filter(Boolean);
    expect(updates[0]).toBe('annexa check: reading git history');
    expect(updates).toContain('annexa check: reading records');
    expect(updates.some((u) => /^annexa check: checking \d+ records in \d+ files$/.test(u))).toBe(true);
    // The last write clears the line, so nothing of it is left above the report.
    expect(r.stderr.endsWith('\r\x1b[2K')).toBe(true);
    expect(r.stdout).not.toContain('\r');
  });

  it('writes nothing in CI, into a pipe or with --quiet', async () => {
    expect((await check(true, { CI: 'true' })).stderr).toBe('');
    expect((await check(false, {})).stderr).toBe('');
    expect((await check(true, {}, ['-q'])).stderr).toBe('');
  });
});
