import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { REPO_ROOT } from '../helpers/repo.js';
import { CSP_META } from '../../src/render/ensure-csp.js';
import { isEarlierPack } from '../../src/render/earlier-pack.js';

/** test/fixtures/hostile: every file once ended a run, leaked a file or rendered as live markup (issue #15). */
const CORPUS = path.join(REPO_ROOT, 'test/fixtures/hostile');
const TODAY = ['--today', '2026-11-23'];
interface JsonFinding { ruleId: string; file: string; line: number }

let box: string;
let repo: string;
const snapshot = () => readdirSync(repo, { recursive: true }).map(String).sort().map((f) => (statSync(path.join(repo, f)).isFile() ? `${f}:${readFileSync(path.join(repo, f)).length}` : f));
let before: string[];

beforeAll(() => {
  box = mkdtempSync(path.join(tmpdir(), 'annexa-hostile-'));
  repo = path.join(box, 'repo');
  cpSync(CORPUS, repo, { recursive: true });
  before = snapshot();
});
afterAll(() => rmSync(box, { recursive: true, force: true }));

describe('the hostile corpus through validate, check, soa and pack', () => {
  it('validate reports each hostile file as a finding on that file and reads the rest', async () => {
    const r = await runCli(['validate', repo, '-f', 'json', '-q'], box);
    expect(r.code).toBe(1);
    const found = (JSON.parse(r.stdout) as { findings: JsonFinding[] }).findings.map((f) => `${f.file}:${f.line} ${f.ruleId}`);
    expect(found).toEqual([
      'records/alias-bomb.yaml:1 alias-limit',
      'records/comments.yaml:1 empty-file',
      'records/cyclic-list.yaml:1 alias-cycle',
      'records/cyclic-map.yaml:1 alias-cycle',
      'records/deep-block.yaml:65 nesting-too-deep',
      'records/deep-flow.yaml:1 nesting-too-deep',
      'records/directive.yaml:1 yaml-warning',
      'records/paths.yaml:4 path-outside-repo',
      'records/paths.yaml:9 path-outside-repo',
      'records/paths.yaml:14 path-outside-repo',
      'records/proto.yaml:5 forbidden-key',
      'records/separators.yaml:1 empty-file',
      'records/tags.yaml:3 unknown-tag',
      'records/tags.yaml:4 unknown-tag',
    ]);
  });

  it('check in every format ends with exit 1, no internal error, the same bytes twice', async () => {
    for (const f of ['text', 'json', 'sarif', 'junit', 'github', 'markdown']) {
      const a = await runCli(['check', repo, '-f', f, '-q', ...TODAY], box);
      expect(a.code, f).toBe(1);
      expect(a.stderr, f).toBe('');
      expect((await runCli(['check', repo, '-f', f, '-q', ...TODAY], box)).stdout, f).toBe(a.stdout);
    }
  });

  it('soa in every format: exit 0, and markup in record data stays text', async () => {
    for (const f of ['text', 'markdown', 'json', 'csv']) {
      const r = await runCli(['soa', repo, '-f', f, ...TODAY], box);
      expect(r.code, f).toBe(0);
      expect(r.stderr, f).not.toMatch(/internal error/);
    }
    const md = (await runCli(['soa', repo, '-f', 'markdown', ...TODAY], box)).stdout;
    expect(md).not.toMatch(/(?<!\\)<(iframe|script|img)/);
  });

  it('pack: every page has the CSP, no record data becomes markup, nothing is written beside --out', async () => {
    const r = await runCli(['pack', repo, '--out', 'out', '--date', '2026-11-23', '-q'], box);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    const out = path.join(box, 'out');
    expect(await isEarlierPack(out)).toBe(true);
    const files = readdirSync(out, { recursive: true }).map(String).filter((f) => /\.(html|md)$/.test(f));
    for (const f of files) {
      const text = readFileSync(path.join(out, f), 'utf8');
      if (f.endsWith('.html')) {
        expect(text.startsWith('<!DOCTYPE html>') ? text : '', f).toContain(CSP_META);
        expect(text, f).not.toMatch(/<(script|iframe)|<img src=x|onerror=alert/i);
      } else {
        expect(text, f).not.toMatch(/(?<!\\)<(iframe|script|img)/);
      }
    }
    expect(readFileSync(path.join(out, 'soa-iso27001.html'), 'utf8')).toContain('&lt;iframe src');
    expect(readdirSync(box).sort()).toEqual(['out', 'repo']);
    expect(snapshot()).toEqual(before);
  });
});
