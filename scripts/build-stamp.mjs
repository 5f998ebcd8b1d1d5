// Records what dist/ was built from, so `prepare` and `npm test` can skip a build of unchanged sources.
// npm builds a git dependency twice (its install runs `prepare`, then packing runs it again): the second
// build of the same sources was a third of a git URL install. `npm run build` always builds.
//   node scripts/build-stamp.mjs --clear   before a build: dist/ is no longer known to match anything
//   node scripts/build-stamp.mjs           after a build: dist/ matches the sources as they are now
//   node scripts/build-stamp.mjs --check   exit 0 if dist/ was built from the sources as they are now
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stamp = path.join(root, 'dist/.build-inputs');
const INPUTS = ['package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json', 'src', 'scripts', 'schemas', 'catalogs', 'templates'];

function inputsHash() {
  const hash = createHash('sha256');
  const add = (rel) => {
    const st = statSync(path.join(root, rel), { throwIfNoEntry: false });
    if (!st) return;
    if (st.isDirectory()) {
      for (const name of readdirSync(path.join(root, rel)).sort()) add(path.posix.join(rel, name));
    } else {
      hash.update(`${rel}\0`).update(readFileSync(path.join(root, rel))).update('\0');
    }
  };
  for (const rel of INPUTS) add(rel);
  return hash.digest('hex');
}

const mode = process.argv[2];
if (mode === '--clear') rmSync(stamp, { force: true });
else if (mode === '--check') {
  const built = existsSync(stamp) && existsSync(path.join(root, 'dist/cli/main.js')) ? readFileSync(stamp, 'utf8') : '';
  process.exit(built === inputsHash() ? 0 : 1);
} else writeFileSync(stamp, inputsHash());
