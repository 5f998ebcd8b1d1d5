import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runBin, runCli } from '../helpers/cli.js';
import { REPO_ROOT } from '../helpers/repo.js';
// @ts-expect-error: the bench generator is plain JS
import { generate } from '../bench/generate.mjs';

// Speed work must not move a byte of output: the built binary (parse and position work spread over
// worker threads) and the in-process run from sources (everything on one thread, no shortcuts)
// must print the same findings for the examples, a large generated repo and hostile files.
const hostile: Record<string, string> = {
  'bomb.yaml': ['a: &a [x,x,x,x,x,x,x,x,x,x]', 'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]', 'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]', 'd: [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]'].join('\n') + '\n',
  'dup.yaml': 'apiVersion: annexa/v1\nkind: Policy\nkind: Risk\nmetadata: {id: a, title: b}\nspec: {}\n',
  'syntax.yaml': 'apiVersion: annexa/v1\nkind: Policy\nmetadata:\n  id: x\n   title: misindented\n',
  'tabs.yaml': 'apiVersion: annexa/v1\nkind: Policy\nmetadata:\n\tid: t\n',
  'tag.yaml': 'apiVersion: annexa/v1\nkind: !!binary Policy\nmetadata: {id: g, title: t}\nspec: {}\n',
  'merge.yaml': 'base: &b {owner: CISO}\n---\napiVersion: annexa/v1\nkind: Policy\nmetadata: {<<: {id: m, title: t}}\nspec: {}\n',
  'proto.yaml': 'apiVersion: annexa/v1\nkind: Policy\nmetadata: {id: p, title: t}\nspec:\n  __proto__: {polluted: true}\n',
  'list.yaml': '- a\n- b\n---\nplain\n---\n',
  'empty.yaml': '',
  'bom.yaml': '\ufeffapiVersion: annexa/v1\nkind: Policy\nmetadata: {id: bom, title: t}\nspec: {unknown: 1}\n',
  'astral.yaml': 'apiVersion: annexa/v1\nkind: Control\nmetadata: {id: "c-😀", title: t}\nspec: {implements: ["iso27001:A.5.1"], status: implemented, evidence: ["ev-😀"]}\n',
};

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'annexa-same-'));
  // One record per file and well over the pool's 200-file threshold, so the binary really uses workers.
  generate(dir, 450, { findings: true, perRecord: true });
  for (const [name, text] of Object.entries(hostile)) writeFileSync(path.join(dir, name), text);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('findings are byte-identical on one thread and on the worker pool', () => {
  const cases = () => [path.join(REPO_ROOT, 'examples/acme-health'), path.join(REPO_ROOT, 'examples/broken'), dir];
  for (const command of ['validate', 'check']) {
    it(`${command}: examples and a generated repo with findings and hostile files`, async () => {
      let generated = '';
      for (const repo of cases()) {
        const args = [command, repo, '-f', 'json', '-q', '--today', '2026-12-01'];
        const inProcess = await runCli(args);
        const bin = runBin(args);
        expect(bin.stderr).toBe(inProcess.stderr);
        expect(bin.code).toBe(inProcess.code);
        expect(bin.stdout).toBe(inProcess.stdout);
        if (repo === dir) generated = inProcess.stdout;
      }
      const json = JSON.parse(generated);
      // Guard against a vacuous pass: the generated repo does yield many located findings.
      expect(json.findings.length).toBeGreaterThan(command === 'check' ? 120 : 60);
      expect(json.findings.every((f: { line?: number }) => typeof f.line === 'number')).toBe(true);
    }, 120_000);
  }
});
