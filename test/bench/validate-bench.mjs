// Speed and memory figures for `annexa validate` (npm run bench). Prints figures; asserts nothing.
// Targets (issue 2): 10,000 records / 2,000 files < 1.5 s wall and <= 1.3x a bare yaml+ajv pass;
// peak RSS < 300 MB; `annexa --version` < 150 ms.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './generate.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const bin = path.join(here, '../../bin/annexa.js');
const records = Number(process.env.BENCH_RECORDS ?? 10_000);
const runs = Number(process.env.BENCH_RUNS ?? 5);
const dir = generate(mkdtempSync(path.join(tmpdir(), 'annexa-bench-')), records);

function timed(args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
  return { ms, out: JSON.parse(r.stdout.trim().split('\n').pop()) };
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const annexa = [];
const bare = [];
for (let i = 0; i < runs; i++) {
  annexa.push(timed([path.join(here, 'annexa-pass.mjs'), dir]));
  bare.push(timed([path.join(here, 'bare-pass.mjs'), dir]));
}
const version = [];
for (let i = 0; i < runs; i++) version.push(timedRaw([bin, '--version']).ms);

const a = median(annexa.map((r) => r.ms));
const b = median(bare.map((r) => r.ms));
console.log(`records: ${annexa[0].out.records} in ${records / 5} files (findings: ${annexa[0].out.findings}, bare pass docs: ${bare[0].out.docs})`);
console.log(`annexa validate: ${a.toFixed(0)} ms wall (median of ${runs}), peak RSS ${Math.max(...annexa.map((r) => r.out.maxRssMb))} MB`);
console.log(`bare yaml+ajv:   ${b.toFixed(0)} ms wall (median of ${runs}), peak RSS ${Math.max(...bare.map((r) => r.out.maxRssMb))} MB`);
console.log(`ratio:           ${(a / b).toFixed(2)}x`);
console.log(`annexa --version: ${median(version).toFixed(0)} ms wall (median of ${runs})`);
rmSync(dir, { recursive: true, force: true });

function timedRaw(args) {
  const t0 = process.hrtime.bigint();
  spawnSync(process.execPath, args);
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6 };
}
