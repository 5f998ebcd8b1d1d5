/** scripts/build-stamp.mjs: a build is skipped only when dist/ was built from exactly the sources there are now. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/repo.js';

const dir = mkdtempSync(path.join(tmpdir(), 'annexa-stamp-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function stamp(...args: string[]): number {
  return spawnSync(process.execPath, [path.join(dir, 'scripts/build-stamp.mjs'), ...args]).status ?? -1;
}

it('--check passes after a build of the same sources only', () => {
  cpSync(path.join(REPO_ROOT, 'scripts/build-stamp.mjs'), path.join(dir, 'scripts/build-stamp.mjs'));
  for (const d of ['src', 'templates', 'dist/cli']) mkdirSync(path.join(dir, d), { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), '{}');
  writeFileSync(path.join(dir, 'src/a.ts'), 'export const a = 1;\n');
  writeFileSync(path.join(dir, 'templates/p.html.hbs'), '{{title}}');
  writeFileSync(path.join(dir, 'dist/cli/main.js'), '');
  expect(stamp('--check')).toBe(1); // never stamped
  expect(stamp()).toBe(0);
  expect(stamp('--check')).toBe(0);
  writeFileSync(path.join(dir, 'src/a.ts'), 'export const a = 2;\n');
  expect(stamp('--check')).toBe(1); // a source changed
  writeFileSync(path.join(dir, 'src/a.ts'), 'export const a = 1;\n');
  expect(stamp('--check')).toBe(0); // changed back
  writeFileSync(path.join(dir, 'templates/q.md.hbs'), '');
  expect(stamp('--check')).toBe(1); // a file added
  expect(stamp()).toBe(0);
  rmSync(path.join(dir, 'dist/cli/main.js'));
  expect(stamp('--check')).toBe(1); // dist/ lost its entry point
  writeFileSync(path.join(dir, 'dist/cli/main.js'), '');
  expect(stamp('--clear')).toBe(0);
  expect(stamp('--check')).toBe(1); // a build started and did not finish
});
