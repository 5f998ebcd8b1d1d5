import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fastParse } from '../../src/load/fast-parse.js';
import { parseSource } from '../../src/load/parse.js';
import { readTextFile } from '../../src/load/read-file.js';
import { REPO_ROOT } from '../helpers/repo.js';
// @ts-expect-error: the bench generator is plain JS
import { generate } from '../bench/generate.mjs';

// The fast path (js-yaml) may only answer where the `yaml` library, the reference, would read the
// same values and lines and report nothing; everywhere else it must step aside.

/** What the reference parser makes of a text: findings, and each document's value and lines. */
function reference(text: string) {
  const { source, findings } = parseSource('f.yaml', text);
  return { findings, documents: source.documents.flatMap((d) => (d.value ? [{ index: d.index, value: d.value, lines: d.lines }] : [])) };
}

/** Fails when the fast path answers differently from the reference; true when it answered. */
function agrees(text: string): boolean {
  const fast = fastParse(text);
  if (fast === undefined) return false;
  const ref = reference(text);
  expect(ref.findings, text).toEqual([]);
  expect(fast, text).toEqual(ref.documents);
  return true;
}

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => statSync(path.join(dir, f)).isFile());

const made = mkdtempSync(path.join(tmpdir(), 'annexa-fast-'));
afterAll(() => rmSync(made, { recursive: true, force: true }));

const HOSTILE = [
  'a: &a [x,x,x]\nb: [*a,*a]\n',
  'a: &a [*a]\n',
  'a: &a {b: *a}\n',
  'apiVersion: annexa/v1\nkind: Policy\nkind: Risk\nmetadata: {id: a, title: b}\nspec: {}\n',
  'apiVersion: annexa/v1\nkind: Policy\nmetadata:\n  id: x\n   title: misindented\n',
  'apiVersion: annexa/v1\nkind: Policy\nmetadata:\n\tid: t\n',
  'apiVersion: annexa/v1\nkind: !!binary Policy\nmetadata: {id: g, title: t}\nspec: {}\n',
  'base: &b {owner: CISO}\n---\nmetadata: {<<: {id: m, title: t}}\nspec: {}\n',
  'spec:\n  __proto__: {polluted: true}\n',
  'spec: {constructor: 1}\n',
  '- a\n- b\n---\nplain\n---\n',
  '',
  '# only\n',
  '---\n---\n',
  'a: 1\n---\n',
  'a: 1\n...\n',
  '--- {a: 1}\n',
  '%YAML 1.2\n---\na: 1\n',
  '%FOO bar\n---\na: 1\n',
  `a: ${'['.repeat(70)}${']'.repeat(70)}\n`,
  `a: ${'['.repeat(10)}${']'.repeat(10)}\n`,
  Array.from({ length: 80 }, (_, i) => `${' '.repeat(i)}k:`).join('\n') + ' x\n',
  'a: [1,\n  2]\n',
  'a: {b: 1,\nc: 2}\n',
  '? [a, b]\n: c\n',
  '[a, b]: c\n',
  '{a: 1}: c\n',
  'null: a\n~: b\n',
  '1: a\n"1": b\n',
  'true: a\n',
  'a: b: c\n',
  'a: "unterminated\n',
  "a: 'x''y'\nb: \"\\t\\u00e9\\x41\\\\\"\n",
  'a: 1_000\nb: 0b11\nc: +.5\nd: 0x1F\ne: 0o17\nf: -0\ng: .inf\nh: -.Inf\ni: .NaN\nj: 1e3\nk: 1.\nl: +12\nm: 0x\nn: 2026-01-15\no: 12:30\n',
  'a: yes\nb: No\nc: on\nd: ~\ne: Null\nf: TRUE\ng: False\nh:\n',
  'a: |\n  x\n\n  y\n\n\nb: 1\n',
  'a: |+\n  x\n\n\n',
  'a: |2\n   x\n',
  'a: >-\n  folded\n  text\n\n  para\n',
  'a: plain\n  continued\n  # not a comment\nb: 2\n',
  'a: "multi\n  line"\n',
  "a: 'multi\n\n  line'\n",
  'a: x # comment\nb: "y" # c\n  # trailing indented\n',
  'a: 1\r\nb: 2\r\n',
  'a: 1\rb: 2\n',
  'a: x\u2028y\n',
  'a: x\u0085y\n',
  'a: "\ud83d\ude00"\nb: 😀\n',
  'a:    \n  - 1\n  -   2\n   \n',
  'a:\n- 1\n- 2\n',
  'a: [ ]\nb: { }\nc: []\n',
  'a: [b, {c: d}, [e]]\n',
  'a: [b: c]\n',
  'a: {b}\n',
  'a: -\n',
  'a: - b\n',
  '- \n',
  'a: "x"y\n',
  'a:b: c\n',
  'x: a\u00a0b\n',
  'key with spaces: 1\n"quoted key": 2\n',
  'a: &anchor x\n',
  'a: !!str 1\n',
  'a: ! x\n',
  'a: x #c\n#d\n---\n#e\nb: y\n',
  'a: ' + 'x'.repeat(1100) + '\n',
  'x'.repeat(1100) + ': 1\n',
];

describe('the fast first parse reads like the yaml library or steps aside', () => {
  it('every example and test fixture', () => {
    let answered = 0;
    let total = 0;
    for (const root of [path.join(REPO_ROOT, 'examples'), path.join(REPO_ROOT, 'test/fixtures')]) {
      for (const rel of filesUnder(root)) {
        const read = readTextFile(root, rel);
        if (!read.ok || !/\.ya?ml$/.test(rel)) continue;
        total++;
        if (agrees(read.text)) answered++;
      }
    }
    // Not vacuous: most example records take the fast path.
    expect(answered).toBeGreaterThan(total / 2);
  });

  it('every hostile input the other tests use', () => {
    for (const text of HOSTILE) agrees(text);
    expect(fastParse('apiVersion: annexa/v1\nkind: Policy\nmetadata: {id: p, title: t}\nspec: {}\n')).toBeDefined();
  });

  it('generated repos, one record per file and five per file, with findings', () => {
    for (const perRecord of [true, false]) {
      const dir = generate(path.join(made, `gen-${perRecord}`), 100, { findings: true, perRecord }) as string;
      for (const rel of filesUnder(dir)) {
        const read = readTextFile(dir, rel);
        if (read.ok) expect(agrees(read.text), rel).toBe(true);
      }
    }
  });

  it('random edits of example records (inserted, deleted and replaced YAML-significant characters)', () => {
    const texts = filesUnder(path.join(REPO_ROOT, 'examples'))
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => readTextFile(path.join(REPO_ROOT, 'examples'), f))
      .flatMap((r) => (r.ok ? [r.text] : []));
    const chars = [':', ' ', '\n', '-', '#', '"', "'", '[', ']', '{', '}', ',', '|', '>', '\\', '0', '1', '.', 'e', 'x', '  ', '---\n', '\t', '~'];
    fc.assert(
      fc.property(fc.nat(texts.length - 1), fc.array(fc.tuple(fc.nat(), fc.nat(2), fc.constantFrom(...chars)), { minLength: 1, maxLength: 4 }), (which, edits) => {
        let t = texts[which]!;
        for (const [at, op, c] of edits) {
          const i = at % (t.length + 1);
          t = op === 0 ? t.slice(0, i) + c + t.slice(i) : op === 1 ? t.slice(0, i) + t.slice(i + 1) : t.slice(0, i) + c + t.slice(i + 1);
        }
        agrees(t);
      }),
      { numRuns: Number(process.env.FAST_PARSE_RUNS ?? 1500), seed: Number(process.env.FAST_PARSE_SEED ?? 14) },
    );
  });

  it('random plain records: scalars of every core-schema form, quoting, block scalars, comments', () => {
    const scalar = fc.oneof(
      fc.constantFrom('1', '-1', '+1', '0', '-0', '007', '0o7', '0x1f', '0xG', '1_0', '1.5', '1.', '.5', '-.5', '1e5', '1E-5', '.inf', '-.inf', '.nan', 'NaN', 'true', 'True', 'yes', 'no', 'off', 'null', 'Null', '~', '2026-01-01', '12:30:00', 'a b', 'x#y', 'x #y', 'é', "'q'", '"q"', '"a\\nb"', "'it''s'", '""', "''", '[]', '{}', '[a, 1]', '{k: v}'),
      fc.stringMatching(/^[a-z0-9 .:\-_/]{1,12}$/),
    );
    const leaf = scalar.map((s) => ` ${s}`);
    const block = fc.tuple(fc.constantFrom('|', '>', '|-', '>-'), fc.array(fc.stringMatching(/^[a-z ]{0,8}$/), { minLength: 1, maxLength: 3 })).map(([h, ls]) => ` ${h}\n${ls.map((l) => (l ? `    ${l}` : '')).join('\n')}`);
    const multi = fc.tuple(fc.constantFrom('', '"', "'"), fc.array(fc.stringMatching(/^[a-z #:-]{0,8}$/), { minLength: 2, maxLength: 3 })).map(([q, ls]) => ` ${q}${ls.join('\n     ')}${q}`);
    const seq = fc.array(scalar, { minLength: 1, maxLength: 3 }).map((xs) => '\n' + xs.map((x) => `    - ${x}`).join('\n'));
    const maps = fc.array(fc.tuple(fc.stringMatching(/^[a-z]{1,4}$/), scalar), { minLength: 1, maxLength: 3 }).map((xs) => '\n' + xs.map(([k, v], j) => `    ${j === 0 ? '- ' : '  '}${k}${j}: ${v}`).join('\n'));
    const entry = fc.tuple(fc.stringMatching(/^[a-z][a-zA-Z]{0,6}$/), fc.oneof(leaf, block, seq, maps, multi), fc.constantFrom('', ' # c', '\n  # indented', '\n# top', '\n', '\n\n'));
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 6 }), fc.boolean(), (entries, marker) => {
        const body = entries.map(([k, v, c], i) => `  ${k}${i}:${v}${c}`).join('\n');
        agrees(`${marker ? '---\n' : ''}apiVersion: annexa/v1\nspec:\n${body}\n`);
      }),
      { numRuns: Number(process.env.FAST_PARSE_RUNS ?? 1500), seed: Number(process.env.FAST_PARSE_SEED ?? 14) },
    );
  });
});
