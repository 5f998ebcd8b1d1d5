/** Last-change dates for thousands of files come from one git log, so they stay fast. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { gitdir, type GitDir } from '../helpers/gitdir.js';
import { collectGitFacts } from '../../src/git/collect.js';

const FILES = 2000;
let repo: GitDir;

beforeAll(() => {
  repo = gitdir();
  const files: Record<string, string> = {};
  for (let i = 0; i < FILES; i++) files[`evidence/batch-${i % 20}/file ${i}.md`] = `evidence ${i}\n`;
  repo.commit('bulk evidence', '2025-01-10', files);
  const changed: Record<string, string> = {};
  for (let i = 0; i < FILES; i += 2) changed[`evidence/batch-${i % 20}/file ${i}.md`] = `evidence ${i}, renewed\n`;
  repo.commit('renew half', '2025-05-20', changed);
});
afterAll(() => repo.cleanup());

it(`dates ${FILES} files in well under a few seconds`, async () => {
  const started = performance.now();
  const { facts } = await collectGitFacts(repo.dir);
  const elapsed = performance.now() - started;
  const dates = Array.from({ length: FILES }, (_, i) => facts!.lastChange(`evidence/batch-${i % 20}/file ${i}.md`));
  expect(dates.filter((d) => d === '2025-05-20')).toHaveLength(FILES / 2);
  expect(dates.filter((d) => d === '2025-01-10')).toHaveLength(FILES / 2);
  expect(elapsed).toBeLessThan(5000);
});
