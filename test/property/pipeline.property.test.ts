import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { ACME } from '../helpers/repo.js';

/**
 * Property tests (fast-check, seeded, bounded): generated YAML documents and mutations of
 * examples/acme-health go through load, model, rules, every `check` reporter and every `soa`
 * format. Whatever the input: the exit code is 0, 1 or 2 and never an internal error; every
 * finding names a file inside the repository with a line >= 1; a second run prints the same
 * bytes; nothing is written anywhere but the one output file asked for.
 */
const SEED = 15;
// Bounded for a 2-core machine: each case runs the whole CLI three times (about a second of CPU).
export const MUTATION_RUNS = 10;
export const GENERATED_RUNS = 10;
const TODAY = '2026-11-23';
const CHECK_FORMATS = ['text', 'json', 'sarif', 'junit', 'github', 'markdown'];
const SOA_FORMATS = ['text', 'markdown', 'json', 'csv'];
const KINDS = ['Control', 'Evidence', 'Risk', 'AISystem', 'ImpactAssessment', 'Policy', 'Config', 'Catalog', 'Nope'];

type Files = Record<string, string>;
let acme: Files;
let work: string;
let counter = 0;

beforeAll(() => {
  acme = {};
  for (const rel of readdirSync(ACME, { recursive: true }).map(String).sort()) {
    const abs = path.join(ACME, rel);
    if (statSync(abs).isFile()) acme[rel.split(path.sep).join('/')] = readFileSync(abs, 'utf8');
  }
  work = mkdtempSync(path.join(tmpdir(), 'annexa-prop-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every file below dir with its content: what a run may not change. */
function snapshot(dir: string): Map<string, string> {
  const m = new Map<string, string>();
  for (const rel of readdirSync(dir, { recursive: true }).map(String).sort()) {
    const abs = path.join(dir, rel);
    m.set(rel, statSync(abs).isFile() ? readFileSync(abs, 'latin1') : '<dir>');
  }
  return m;
}

function writeRepo(files: Files): { box: string; root: string } {
  const box = path.join(work, `case-${counter++}`);
  const root = path.join(box, 'repo');
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), content);
  }
  mkdirSync(root, { recursive: true });
  return { box, root };
}

interface JsonFinding { ruleId: string; file: string; line: number | null }

/** Runs check (every reporter) twice and soa once over the repo and checks the four properties. */
async function holds(files: Files): Promise<void> {
  const { box, root } = writeRepo(files);
  const before = snapshot(box);
  // The JSON result goes to a file (the one write allowed); the other reporters print to stdout.
  const check = ['check', root, '--today', TODAY, '-q', '-f', 'json', '-o', 'result.json', ...CHECK_FORMATS.filter((f) => f !== 'json').flatMap((f) => ['-f', f])];
  const a = await runCli(check, box);
  const result = () => (statSync(path.join(box, 'result.json'), { throwIfNoEntry: false }) ? readFileSync(path.join(box, 'result.json'), 'utf8') : undefined);
  const first = result();
  const b = await runCli(check, box);
  expect(b).toEqual(a);
  expect(result()).toBe(first);
  const soa = await runCli(['soa', root, '--today', TODAY, '-f', SOA_FORMATS[counter % SOA_FORMATS.length]!], box);
  for (const r of [a, soa]) {
    expect([0, 1, 2]).toContain(r.code);
    expect(r.stderr).not.toMatch(/internal error/);
    if (r.code === 2) expect(r.stderr.trim().split('\n'), r.stderr).toHaveLength(1);
  }
  expect(first === undefined).toBe(a.code === 2);
  if (first !== undefined) {
    for (const f of (JSON.parse(first) as { findings: JsonFinding[] }).findings) {
      if (f.file === '') continue; // about the repository as a whole
      expect(path.isAbsolute(f.file) || f.file.split('/').includes('..'), f.file).toBe(false);
      expect(statSync(path.join(root, f.file), { throwIfNoEntry: false }), f.file).toBeDefined();
      expect(f.line ?? 0, `${f.ruleId} ${f.file}`).toBeGreaterThanOrEqual(1);
    }
  }
  const after = snapshot(box);
  if (a.code !== 2) expect(after.has('result.json')).toBe(true);
  after.delete('result.json');
  expect(after).toEqual(before);
  rmSync(box, { recursive: true, force: true });
}

const yamlChars = fc.constantFrom(...'abc:-[]{},&*!|>\'"#%@`?\n \t\\0\u0000\u00e9\u202e'.split(''), '---', '...', '<<', '\n  ', '&a ', '*a', '!!', '!x ');
const noise = fc.string({ unit: yamlChars, maxLength: 80 });

/** One edit of the example repository. */
const mutation = fc.oneof(
  fc.record({ op: fc.constant('replace' as const), at: fc.nat(), text: noise }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), pos: fc.nat(), text: noise }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat(), pos: fc.nat() }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('copy' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('swap-lines' as const), at: fc.nat(), a: fc.nat(), b: fc.nat() }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(base: Files, edits: Mutation[]): Files {
  const files = { ...base };
  for (const e of edits) {
    const names = Object.keys(files).sort();
    if (names.length === 0) break;
    const name = names[e.at % names.length]!;
    const text = files[name]!;
    if (e.op === 'replace') files[name] = e.text;
    else if (e.op === 'insert') files[name] = text.slice(0, e.pos % (text.length + 1)) + e.text + text.slice(e.pos % (text.length + 1));
    else if (e.op === 'truncate') files[name] = text.slice(0, e.pos % (text.length + 1));
    else if (e.op === 'delete') delete files[name];
    else if (e.op === 'copy') files[name.replace(/(\.ya?ml)?$/, '-copy$1')] = text;
    else {
      const lines = text.split('\n');
      const i = e.a % lines.length;
      const j = e.b % lines.length;
      [lines[i], lines[j]] = [lines[j]!, lines[i]!];
      files[name] = lines.join('\n');
    }
  }
  return files;
}

/** A generated record: an annexa envelope (often) around arbitrary JSON-like data. */
const record = fc.record({
  apiVersion: fc.constantFrom('annexa/v1', 'annexa/v2', 'v1'),
  kind: fc.constantFrom(...KINDS),
  metadata: fc.record({ id: fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('ctl-1', 'ev-1', 'pol-1')), title: fc.string({ maxLength: 20 }) }, { requiredKeys: ['id'] }),
  spec: fc.oneof(fc.jsonValue({ maxDepth: 4 }), fc.record({ implements: fc.array(fc.constantFrom('iso27001:A.5.1', 'iso27001:A.99', 'iso42001:A.2.2', 'x'), { maxLength: 3 }), status: fc.constantFrom('implemented', 'planned', 'nope'), evidence: fc.array(fc.constantFrom('ev-1', 'missing'), { maxLength: 2 }), path: fc.constantFrom('a.txt', '../x', '/etc/passwd', 'a\u0000b') }, { requiredKeys: [] })),
});
const document = fc.oneof({ weight: 3, arbitrary: record.map((r) => stringify(r)) }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((v) => stringify(v)) }, { weight: 1, arbitrary: noise });
const generatedRepo = fc.array(fc.array(document, { minLength: 1, maxLength: 3 }).map((docs) => docs.join('\n---\n')), { minLength: 1, maxLength: 4 });

describe('properties of every run, whatever the input', () => {
  it(`mutations of examples/acme-health (${MUTATION_RUNS} cases)`, async () => {
    await fc.assert(fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 4 }), (edits) => holds(mutate(acme, edits))), { seed: SEED, numRuns: MUTATION_RUNS });
  }, 300_000);

  it(`generated YAML repositories (${GENERATED_RUNS} cases)`, async () => {
    await fc.assert(
      fc.asyncProperty(generatedRepo, (texts) => holds(Object.fromEntries([['annexa.yaml', 'apiVersion: annexa/v1\nkind: Config\n'], ...texts.map((t, i) => [`records/r${i}.yaml`, t])]))),
      { seed: SEED, numRuns: GENERATED_RUNS },
    );
  }, 300_000);
});
