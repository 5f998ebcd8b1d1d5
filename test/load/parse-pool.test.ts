/**
 * The parse pool's threads (built CLI only: from sources everything runs on one thread) start with the first
 * batch large enough to use them, so a small repo pays no thread start-up (~0.3 s of CPU).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { cleanupRepos, makeRepo, REPO_ROOT } from '../helpers/repo.js';
import type * as PoolModule from '../../src/load/parallel-parse.js';

const built = path.join(REPO_ROOT, 'dist/load/parallel-parse.js');
const { ParsePool, PARALLEL_MIN_FILES } = (await import(pathToFileURL(built).href)) as typeof PoolModule;
const threads = (pool: object) => (pool as unknown as { workers: unknown[] }).workers.length;
afterAll(cleanupRepos);

it('dist/ is built (npm test builds it first)', () => expect(existsSync(built)).toBe(true));

it('starts no thread for a small batch, one per requested size for a large one, with the same results', async () => {
  const files: Record<string, string> = {};
  for (let i = 0; i < PARALLEL_MIN_FILES; i++) files[`p${String(i).padStart(3, '0')}.yaml`] = `apiVersion: annexa/v1\nkind: Policy\nid: pol-${i}\n`;
  const root = makeRepo(files);
  const names = Object.keys(files);
  const pool = new ParsePool(1);
  try {
    const few = await pool.run(root, names.slice(0, 10));
    expect(threads(pool)).toBe(0);
    const all = await pool.run(root, names);
    expect(threads(pool)).toBe(1);
    expect(all.map((p) => p.file)).toEqual(names);
    expect(all.slice(0, 10)).toEqual(few);
    expect(all[PARALLEL_MIN_FILES - 1]?.documents[0]?.value).toMatchObject({ id: `pol-${PARALLEL_MIN_FILES - 1}` });
  } finally {
    pool.close();
  }
  expect(threads(pool)).toBe(0);
  await pool.run(root, names);
  expect(threads(pool), 'a closed pool starts nothing').toBe(0);
});
