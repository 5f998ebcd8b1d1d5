import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { RULES, ruleDocPath } from '../../src/rules/registry.js';

/** The rule registry is the single list of rules: every rule has a doc page and a test, and every page a rule. */
const ROOT = path.resolve(new URL('../..', import.meta.url).pathname);
const read = (rel: string) => readFileSync(path.join(ROOT, rel), 'utf8');
const DOCS_DIR = 'docs/rules';
/** Test files that cover the rules emitted by the load and model stages. */
const STAGE_TEST_FILES = ['test/load/bad-input.test.ts', 'test/rules/stage-rules.test.ts', 'test/load/stage-rules-extra.test.ts', 'test/load/hostile-input.test.ts'];

const ids = RULES.map((r) => r.meta.id);
const checkRules = RULES.filter((r) => typeof r.check === 'function');
const stageRules = RULES.filter((r) => r.meta.stage !== undefined);

/** The value of one row of the property table at the top of a rule page, without backticks. */
function tableValue(page: string, property: string): string | undefined {
  const row = page.split('\n').find((l) => new RegExp(`^\\|\\s*${property}\\s*\\|`).test(l));
  return row?.split('|')[2]?.trim().replace(/`/g, '');
}

/** Mentions a rule id as a string literal (so `schema` does not match "schema violations"). */
const mentions = (text: string, id: string) => [`'${id}'`, `"${id}"`, `\`${id}\``].some((q) => text.includes(q));

describe('rule registry', () => {
  it('has unique kebab-case ids', () => {
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id, id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('gives stage rules no check function and every other rule one', () => {
    for (const r of RULES) expect(typeof r.check === 'function', r.meta.id).toBe(r.meta.stage === undefined);
  });

  describe.each(RULES.map((r) => [r.meta.id, r] as const))('%s', (id, rule) => {
    it('has a doc page that starts with its id and states its default severity, scope and stage', () => {
      const rel = ruleDocPath(id);
      expect(rel).toBe(`${DOCS_DIR}/${id}.md`);
      expect(existsSync(path.join(ROOT, rel)), `${rel} is missing`).toBe(true);
      const page = read(rel);
      expect(page.split('\n')[0]).toBe(`# ${id}`);
      expect(tableValue(page, 'Default severity'), `${rel}: Default severity`).toBe(rule.meta.defaultSeverity);
      const runsIn = rule.meta.scope === 'validate' ? 'annexa validate and annexa check' : 'annexa check only';
      expect(tableValue(page, 'Runs in'), `${rel}: Runs in`).toBe(runsIn);
      const emittedBy = tableValue(page, 'Emitted by') ?? '';
      expect(emittedBy, `${rel}: Emitted by`).toMatch(rule.meta.stage ? new RegExp(`^${rule.meta.stage} stage`) : /^rule/);
      for (const section of ['## Why', '## Examples', '## How to fix', '## Configuration']) expect(page, `${rel}: ${section}`).toContain(`\n${section}\n`);
    });

    if (rule.check) {
      it('has a test file that mentions it', () => {
        const rel = `test/rules/${id}.test.ts`;
        expect(existsSync(path.join(ROOT, rel)), `${rel} is missing`).toBe(true);
        expect(mentions(read(rel), id), `${rel} does not mention '${id}'`).toBe(true);
      });
    } else {
      it('is covered by a stage test', () => {
        const covered = STAGE_TEST_FILES.filter((f) => existsSync(path.join(ROOT, f))).some((f) => mentions(read(f), id));
        expect(covered, `no test in ${STAGE_TEST_FILES.join(', ')} mentions '${id}'`).toBe(true);
      });
    }
  });

  it('has no doc page for a rule that does not exist', () => {
    const pages = readdirSync(path.join(ROOT, DOCS_DIR)).filter((f) => f.endsWith('.md') && f !== 'README.md');
    const orphans = pages.map((f) => f.slice(0, -'.md'.length)).filter((id) => !ids.includes(id));
    expect(orphans).toEqual([]);
  });

  it('lists every rule, with its default severity, in the docs/rules/README.md index', () => {
    const index = read(`${DOCS_DIR}/README.md`);
    const rows = new Map<string, string[]>();
    for (const line of index.split('\n')) {
      const m = /^\|\s*\[([a-z0-9-]+)\]\(\1\.md\)\s*\|/.exec(line);
      if (m) rows.set(m[1]!, line.split('|').map((c) => c.trim()));
    }
    expect([...rows.keys()].sort()).toEqual([...ids].sort());
    for (const r of RULES) expect(rows.get(r.meta.id)![2], `README severity of ${r.meta.id}`).toBe(r.meta.defaultSeverity);
  });
});
