import { afterAll, describe, expect, it } from 'vitest';
import { symlinkSync, mkdtempSync, writeFileSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { cleanupRepos, lint, makeRepo, of } from '../helpers/repo.js';
import { runCli } from '../helpers/cli.js';
import { runPipeline } from '../../src/pipeline.js';
import { MAX_FILE_BYTES } from '../../src/load/read-file.js';

afterAll(cleanupRepos);

const policy = (id: string) => `apiVersion: annexa/v1\nkind: Policy\nmetadata:\n  id: ${id}\n  title: A policy\nspec: {}\n`;

describe('bad input becomes located findings, never a crash', () => {
  it('reports a YAML syntax error at its line and column and still reads the other files', async () => {
    const r = await lint({ 'bad.yaml': 'apiVersion: annexa/v1\nkind: Policy\nmetadata:\n  id: x\n   title: misindented\n', 'good.yaml': policy('p1') });
    const found = of(r.findings, 'parse-error');
    expect(found[0]).toEqual({ at: 'bad.yaml:4:7', message: expect.stringMatching(/^YAML syntax error: /), severity: 'error' });
    expect(r.model.get('Policy', 'p1')).toBeDefined();
  });

  it('reports duplicate keys at the second key', async () => {
    const r = await lint({ 'dup.yaml': 'apiVersion: annexa/v1\nkind: Policy\nkind: Risk\nmetadata: {id: a, title: b}\nspec: {}\n' });
    expect(of(r.findings, 'duplicate-key')).toEqual([{ at: 'dup.yaml:3:1', message: 'duplicate key: a mapping may name each key once', severity: 'error' }]);
    expect(r.model.records).toHaveLength(0);
  });

  it('refuses an alias bomb without expanding it', async () => {
    const bomb = ['a: &a [x,x,x,x,x,x,x,x,x,x]', 'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]', 'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]', 'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]', 'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]', 'f: [*e,*e,*e,*e,*e,*e,*e,*e,*e,*e]'].join('\n');
    const r = await lint({ 'bomb.yaml': bomb + '\n' });
    expect(of(r.findings, 'alias-limit')).toHaveLength(1);
    expect(of(r.findings, 'alias-limit')[0]!.at).toBe('bomb.yaml:1:1');
  });

  it('reports binary and non-UTF-8 files', async () => {
    const r = await lint({ 'bin.yaml': Buffer.from([0x61, 0x00, 0x62]) as unknown as string, 'latin1.yaml': Buffer.from('title: caf\xe9\n', 'latin1') as unknown as string });
    expect(of(r.findings, 'not-text').map((f) => f.at)).toEqual(['bin.yaml:1:1', 'latin1.yaml:1:1']);
    expect(of(r.findings, 'not-text')[1]!.message).toContain('not valid UTF-8');
  });

  it('skips files over the size limit', async () => {
    const r = await lint({ 'huge.yaml': 'a: ' + 'x'.repeat(MAX_FILE_BYTES) + '\n' });
    expect(of(r.findings, 'file-too-large')[0]!.message).toContain(`${MAX_FILE_BYTES}-byte limit`);
  });

  it('reports documents that are not mappings, per document', async () => {
    const r = await lint({ 'list.yaml': policy('p1') + '---\n- just\n- a list\n---\nplain scalar\n' });
    expect(of(r.findings, 'not-a-mapping').map((f) => f.at)).toEqual(['list.yaml:8:1', 'list.yaml:11:1']);
    expect(r.model.get('Policy', 'p1')).toBeDefined();
  });

  it('refuses __proto__ and constructor keys without polluting prototypes', async () => {
    const r = await lint({
      'proto.yaml': 'apiVersion: annexa/v1\nkind: Policy\nmetadata: {id: p, title: t}\nspec:\n  __proto__: {polluted: true}\n',
      'ctor.yaml': 'apiVersion: annexa/v1\nkind: Policy\nmetadata: {id: q, title: t, constructor: x}\nspec: {}\n',
    });
    expect(of(r.findings, 'forbidden-key').map((f) => f.at)).toEqual(['ctor.yaml:3:29', 'proto.yaml:5:3']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(r.model.records).toHaveLength(0);
  });

  it('does not follow a symlink that leaves the repo', async () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'annexa-outside-'));
    writeFileSync(path.join(outside, 'secret.yaml'), policy('leak'));
    const root = makeRepo({ 'ok.yaml': policy('p1') });
    symlinkSync(path.join(outside, 'secret.yaml'), path.join(root, 'link.yaml'));
    const r = await runPipeline({ root, scope: 'validate', today: '2026-11-23' });
    expect(of(r.findings, 'symlink-outside-repo').map((f) => f.at)).toEqual(['link.yaml:1:1']);
    expect(r.model.get('Policy', 'leak')).toBeUndefined();
  });

  it('warns about an empty file', async () => {
    const r = await lint({ 'empty.yaml': '' , 'blank.yml': '\n\n' });
    expect(of(r.findings, 'empty-file').map((f) => f.at)).toEqual(['blank.yml:1:1', 'empty.yaml:1:1']);
    expect(of(r.findings, 'empty-file')[0]!.severity).toBe('warning');
  });

  it('a broken annexa.yaml is one clear line and exit 2, no stack trace', async () => {
    const root = makeRepo({ 'annexa.yaml': 'apiVersion: annexa/v1\nkind: Config\nstandards: [iso27001:2013]\n' });
    const r = await runCli(['validate', root]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('annexa: annexa.yaml:3:13: standards[0] must be one of iso27001:2022, iso42001:2023 (got "iso27001:2013"); did you mean "iso27001:2022"?\n');
    const syntax = makeRepo({ 'annexa.yaml': 'apiVersion: annexa/v1\nkind: [\n' });
    const s = await runCli(['validate', syntax]);
    expect(s.code).toBe(2);
    expect(s.stderr).toMatch(/^annexa: annexa\.yaml:\d+:\d+: YAML syntax error/);
    expect(s.stderr.split('\n')).toHaveLength(2);
  });

  it('an unknown rule in annexa.yaml is a located config error with a hint', async () => {
    const root = makeRepo({ 'annexa.yaml': 'apiVersion: annexa/v1\nkind: Config\nrules:\n  unmaped-control: warning\n' });
    const r = await runCli(['check', root]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('annexa: annexa.yaml:4:3: unknown rule "unmaped-control" in rules (did you mean "unmapped-control"?)\n');
  });

  it('a missing folder is exit 2 with one line', async () => {
    const r = await runCli(['validate', '/nonexistent/annexa-repo']);
    expect(r).toMatchObject({ code: 2, stderr: 'annexa: /nonexistent/annexa-repo: not a folder\n' });
  });

  it('never writes to the records it reads', async () => {
    const root = makeRepo({ 'a.yaml': policy('p1'), 'b.yaml': 'kind: [\n', 'annexa.yaml': 'apiVersion: annexa/v1\nkind: Config\n' });
    const snapshot = () => readdirSync(root, { recursive: true }).map(String).sort().map((f) => {
      const abs = path.join(root, f);
      return statSync(abs).isFile() ? `${f}:${createHash('sha256').update(readFileSync(abs)).digest('hex')}` : f;
    });
    const before = snapshot();
    await runCli(['check', root, '--format', 'json']);
    await runCli(['soa', root, '--format', 'csv']);
    expect(snapshot()).toEqual(before);
  });
});

describe('YAML habits that are not errors', () => {
  it('skips empty documents (trailing ---, comment-only, leading ---) and reads merge keys', async () => {
    const ok = policy('p1');
    const r = await lint({
      'trailing.yaml': ok + '---\n',
      'comment.yaml': '---\n# nothing yet\n---\n' + policy('p2'),
      'merge.yaml': 'apiVersion: annexa/v1\nkind: Control\nmetadata: {id: c1, title: t}\nspec:\n  <<: {implements: [iso27001:A.5.1], status: planned}\n  owner: Platform\n',
    });
    expect(r.findings.filter((f) => f.ruleId !== 'unknown-control-ref')).toEqual([]);
    expect(r.model.list('Policy').map((p) => p.metadata.id)).toEqual(['p1', 'p2']);
    expect(r.model.get('Control', 'c1')?.spec).toEqual({ implements: ['iso27001:A.5.1'], status: 'planned', owner: 'Platform' });
  });

  it('an unresolved alias is a YAML error, not an alias bomb', async () => {
    const r = await lint({ 'a.yaml': 'apiVersion: annexa/v1\nkind: Policy\nmetadata: {id: p, title: t, owner: *nope}\nspec: {}\n' });
    expect(of(r.findings, 'alias-limit')).toEqual([]);
    expect(of(r.findings, 'parse-error')[0]!.message).toBe('YAML error: Unresolved alias (the anchor must be set before the alias): nope');
  });
});

describe('usage errors', () => {
  it('are one line on stderr, exit 2', async () => {
    for (const argv of [['check', '--nope'], ['diff'], ['soa', '--format', 'pdf']]) {
      const r = await runCli(argv);
      expect(r.code).toBe(2);
      expect(r.stderr.split('\n')).toHaveLength(2);
      expect(r.stderr).toMatch(/^annexa: .* \(see annexa --help\)\n$/);
    }
  });
});
