import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { ACCEPTED_NOTES, validateSarif } from './sarif-multitool.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = path.join(ROOT, 'bin/annexa.js');
const FIXTURE = 'test/fixtures/reporters';

/** Runs the built CLI (`npm test` builds dist/ first); resolves with the exit code instead of throwing. */
async function annexa(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    if (typeof e.code !== 'number') throw err;
    return { code: e.code, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

describe('annexa check --format sarif (built CLI)', () => {
  let run: { code: number; stdout: string; stderr: string };

  beforeAll(async () => {
    if (!existsSync(path.join(ROOT, 'dist/cli/main.js'))) throw new Error('dist/ is missing: run `npx tsc -p tsconfig.build.json` (npm test does)');
    run = await annexa(['check', FIXTURE, '--format', 'sarif', '--today', '2025-01-01']);
  });

  it('exits 1 on the fixture and prints SARIF with its findings', () => {
    expect(run.code).toBe(1);
    const log = JSON.parse(run.stdout) as { runs: { tool: { driver: { rules: { id: string }[] } }; results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> } }[] }[] }[] };
    const { results, tool } = log.runs[0]!;
    const schema = results.find((r) => r.ruleId === 'schema');
    // Paths are relative to the git top level, which GitHub resolves them against.
    expect(schema?.locations[0]!.physicalLocation.artifactLocation.uri).toBe('test/fixtures/reporters/controls/access%20control.yaml');
    expect(schema?.locations[0]!.physicalLocation.region).toMatchObject({ startLine: 8, startColumn: 11 });
    expect(tool.driver.rules.map((r) => r.id)).toContain('unmapped-control');
    for (const r of results) expect(r.locations).toHaveLength(1);
  });

  it('is byte-identical across runs', async () => {
    expect((await annexa(['check', FIXTURE, '--format', 'sarif', '--today', '2025-01-01'])).stdout).toBe(run.stdout);
  });

  it('passes Microsoft sarif-multitool validation, including GitHub ingestion rules', async () => {
    const problems = await validateSarif(run.stdout);
    expect(problems.filter((p) => p.level === 'error' || p.level === 'warning')).toEqual([]);
    expect(problems.filter((p) => !ACCEPTED_NOTES.includes(p.ruleId))).toEqual([]);
  });
});

describe('annexa check examples/broken --format sarif (issue acceptance)', () => {
  it('validates with sarif-multitool with zero errors and covers every rule that fired', async () => {
    const run = await annexa(['check', 'examples/broken', '--format', 'sarif', '--today', '2026-11-23', '--quiet']);
    expect(run.code).toBe(1);
    const log = JSON.parse(run.stdout) as { runs: { results: { ruleId: string; level: string }[]; tool: { driver: { rules: { id: string; helpUri?: string }[] } } }[] };
    const fired = new Set(log.runs[0]!.results.map((r) => r.ruleId));
    expect(fired.size).toBeGreaterThan(25);
    const described = new Set(log.runs[0]!.tool.driver.rules.map((r) => r.id));
    for (const id of fired) expect(described.has(id)).toBe(true);
    const problems = await validateSarif(run.stdout);
    expect(problems.filter((p) => p.level === 'error')).toEqual([]);
    expect(problems.filter((p) => p.level === 'warning')).toEqual([]);
  });
});
