import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBin } from '../helpers/cli.js';
import { REPO_ROOT } from '../helpers/repo.js';
import { isEarlierPack } from '../../src/render/earlier-pack.js';

const BIN = path.join(REPO_ROOT, 'bin/annexa.js');
// Kills land in the second half of a run, where the pack is written and swapped in: earlier, a killed run has
// written nothing yet, and each kill costs a whole process start.
const KILLS = 10;

/** A small seeded generator (mulberry32): the same kill times on every run of the suite. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Starts a pack and SIGKILLs it after `ms`; resolves with whether the kill landed and how long the run lasted. */
function packKilledAfter(args: string[], ms: number): Promise<{ killed: boolean; ms: number }> {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, [BIN, ...args], { stdio: 'ignore' });
    const timer = setTimeout(() => child.kill('SIGKILL'), ms);
    child.on('exit', (_code, signal) => {
      clearTimeout(timer);
      resolve({ killed: signal === 'SIGKILL', ms: Date.now() - started });
    });
  });
}

let dir: string;
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('pack survives being killed', () => {
  it(`after ${KILLS} random SIGKILLs during pack and one normal run, --out holds one complete pack and nothing hidden beside it`, async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'annexa-kill-'));
    const repo = path.join(dir, 'repo');
    await mkdir(repo);
    await writeFile(path.join(repo, 'annexa.yaml'), 'apiVersion: annexa/v1\nkind: Config\nstandards: [iso27001:2022]\n');
    await writeFile(path.join(repo, 'policy.yaml'), 'apiVersion: annexa/v1\nkind: Policy\nmetadata: {id: pol-1, title: Access control}\nspec: {}\n');
    const site = path.join(dir, 'site');
    const out = path.join(site, 'out');
    const args = ['pack', repo, '--out', out, '--date', '2026-01-01', '-q'];
    // A first normal run: there is an earlier pack to swap with, and its duration spreads the kills over a run.
    const started = Date.now();
    expect(runBin(args, dir).code).toBe(0);
    const full = Date.now() - started;
    const rand = seeded(15);
    let landed = 0;
    // A run that ended before its kill shows the window was too wide (the first run was slower, cold caches).
    let window = full;
    for (let i = 0; i < KILLS; i++) {
      const r = await packKilledAfter(args, Math.round(window * (0.5 + 0.5 * rand())));
      if (r.killed) landed++;
      else window = Math.min(window, r.ms);
    }
    expect(landed).toBeGreaterThanOrEqual(KILLS / 2);
    const last = runBin(args, dir);
    expect(last).toMatchObject({ code: 0, stderr: '' });
    expect(await readdir(site)).toEqual(['out']);
    expect(await isEarlierPack(out)).toBe(true);
  }, 240_000);
});
