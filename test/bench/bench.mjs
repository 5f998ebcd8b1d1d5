// Speed and memory of annexa against its peers, side by side in one run (npm run bench [-- options]).
// Prints figures and ratios; asserts nothing. Every command runs as its own process under
// /usr/bin/time (wall, CPU, peak RSS); medians over --runs. CPU seconds are shown next to wall
// time because a shared machine stretches wall time but not the work done.
//   --sizes 10000,100000   record counts (default 10000; 100,000 takes minutes to generate and run)
//   --runs 3               runs per measure (median)
//   --no-pack              skip `annexa pack`
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir, availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate, FOLDER_SCHEMAS } from './generate.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.join(here, '../..');
const bin = path.join(repo, 'bin/annexa.js');
const ajvCli = path.join(repo, 'node_modules/ajv-cli/dist/index.js');
const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const sizes = arg('sizes', '10000').split(',').map(Number);
const runs = Number(arg('runs', '3'));
const withPack = !process.argv.includes('--no-pack');
const TODAY = '2026-12-01';
const work = mkdtempSync(path.join(tmpdir(), 'annexa-bench-'));
const timeOut = path.join(work, 'time.txt');

/** Runs a shell command under /usr/bin/time; wall and CPU seconds, peak RSS in MB, exit code. */
function measure(cmd) {
  const r = spawnSync('/usr/bin/time', ['-o', timeOut, '-f', '%e %U %S %M', 'sh', '-c', cmd], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (r.status !== 0 && r.status !== 1) throw new Error(`${cmd} exited ${r.status}: ${r.stderr.slice(-500)}`);
  const [wall, user, sys, kb] = readFileSync(timeOut, 'utf8').trim().split('\n').pop().split(' ').map(Number);
  return { wall, cpu: user + sys, rss: kb / 1024, code: r.status };
}
function median(cmd) {
  const xs = Array.from({ length: runs }, () => measure(cmd));
  const mid = (k) => [...xs.map((x) => x[k])].sort((a, b) => a - b)[Math.floor(runs / 2)];
  return { wall: mid('wall'), cpu: mid('cpu'), rss: Math.max(...xs.map((x) => x.rss)), code: xs[0].code };
}

const node = JSON.stringify(process.execPath);
const annexa = (args) => `${node} ${JSON.stringify(bin)} ${args}`;
const ajvAll = (dir) =>
  Object.entries(FOLDER_SCHEMAS)
    .map(([folder, schema]) => `${node} ${JSON.stringify(ajvCli)} validate --spec=draft2020 --strict=false -c ajv-formats -s ${JSON.stringify(path.join(repo, 'schemas', `${schema}.schema.json`))} -d "${dir}/${folder}/**/*.yaml" >/dev/null 2>&1`)
    .join('; ');

const rows = [];
const row = (label, m, extra = '') => {
  rows.push(m);
  console.log(`${label.padEnd(44)} ${m.wall.toFixed(2).padStart(7)} s ${m.cpu.toFixed(2).padStart(7)} s ${m.rss.toFixed(0).padStart(6)} MB  ${extra}`);
};
const x = (a, b) => `${(a / b).toFixed(2)}x`;

console.log(`annexa bench ${new Date().toISOString()}; ${availableParallelism()} cores; load average at start ${loadavg().map((l) => l.toFixed(1)).join(' ')}; medians of ${runs} runs`);
console.log(`${'measure'.padEnd(44)} ${'wall'.padStart(9)} ${'cpu'.padStart(9)} ${'peak'.padStart(9)}  ratios`);
const nodeStart = median(`${node} -e 0`);
const version = median(annexa('--version'));
row('node -e 0', nodeStart);
const budget = (k) => `${(nodeStart[k] * 1.2 + 0.05).toFixed(3)} s ${k}: ${version[k] <= nodeStart[k] * 1.2 + 0.05 ? 'met' : 'NOT met'}`;
row('annexa --version', version, `budget 1.2x node + 50 ms = ${budget('wall')}; ${budget('cpu')}`);
const checkAt = {};
for (const size of sizes) {
  for (const findings of [false, true]) {
    const dir = generate(path.join(work, `repo-${size}-${findings ? 'findings' : 'clean'}`), size, { findings, perRecord: true });
    const tag = `${size} records, ${findings ? 'with findings' : 'clean'}`;
    const count = JSON.parse(spawnSync(process.execPath, [bin, 'check', dir, '-f', 'json', '-q', '--today', TODAY], { encoding: 'utf8', maxBuffer: 1 << 30 }).stdout).findings.length;
    console.log(`-- ${tag}: ${size} files, ${count} findings from check`);
    const bare = median(`${node} ${JSON.stringify(path.join(here, 'bare-pass.mjs'))} ${dir} >/dev/null`);
    const ajv = median(ajvAll(dir));
    const validate = median(annexa(`validate ${dir} -f json -q --today ${TODAY} >/dev/null`));
    const check = median(annexa(`check ${dir} -f json -q --today ${TODAY} >/dev/null`));
    checkAt[`${size}-${findings}`] = check;
    row('bare yaml + ajv (one process)', bare);
    row('ajv-cli, schema only (5 runs, one per kind)', ajv);
    row('annexa validate', validate, `${x(validate.wall, bare.wall)} bare, ${x(validate.wall, ajv.wall)} ajv-cli`);
    row('annexa check', check, `${x(check.wall, ajv.wall)} ajv-cli (cpu ${x(check.cpu, ajv.cpu)}), ${x(check.wall, validate.wall)} validate`);
    if (withPack) {
      const out = path.join(work, 'pack');
      const pack = median(`rm -rf ${out}; ` + annexa(`pack ${dir} --out ${out} --date ${TODAY} -q >/dev/null`));
      row('annexa pack', pack, `${x(pack.wall, check.wall)} check`);
    }
    rmSync(dir, { recursive: true, force: true });
  }
}
for (const findings of [false, true]) {
  const small = checkAt[`${sizes[0]}-${findings}`];
  for (const size of sizes.slice(1)) {
    const big = checkAt[`${size}-${findings}`];
    console.log(`check ${size} / ${sizes[0]} records (${findings ? 'findings' : 'clean'}): ${x(big.wall, small.wall)} wall, ${x(big.cpu, small.cpu)} cpu (linear: ${x(size, sizes[0])}); peak ${big.rss.toFixed(0)} MB`);
  }
}
console.log(`load average at end ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
writeFileSync(path.join(work, 'done'), '');
rmSync(work, { recursive: true, force: true });
