import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cleanupRepos, lint, makeRepo, of } from '../helpers/repo.js';
import { runCli } from '../helpers/cli.js';
import { runPipeline } from '../../src/pipeline.js';
import { parseSource } from '../../src/load/parse.js';
import { MAX_NESTING_DEPTH } from '../../src/load/nesting.js';

afterAll(cleanupRepos);

const policy = (id: string) => `apiVersion: annexa/v1\nkind: Policy\nmetadata:\n  id: ${id}\n  title: A policy\nspec: {}\n`;
const flow = (depth: number) => `a: ${'['.repeat(depth)}${']'.repeat(depth)}\n`;
const today = '2026-11-23';

describe('hostile YAML is a finding on its file; the other files are still read', () => {
  it("alias-cycle: an alias inside its own anchor's collection (list and mapping)", async () => {
    const r = await lint({ 'list.yaml': 'a: &a [*a]\n', 'map.yaml': 'a: &a {b: *a}\n', 'ok.yaml': policy('p1') });
    expect(of(r.findings, 'alias-cycle')).toEqual([
      { at: 'list.yaml:1:8', severity: 'error', message: 'an alias refers to the collection that contains it (a cycle); document not read' },
      { at: 'map.yaml:1:11', severity: 'error', message: 'an alias refers to the collection that contains it (a cycle); document not read' },
    ]);
    expect(r.model.get('Policy', 'p1')).toBeDefined();
  });

  it('nesting-too-deep: the limit is explicit, at the first collection past it, and deep input never overflows', async () => {
    const r = await lint({ 'limit.yaml': flow(MAX_NESTING_DEPTH - 1), 'over.yaml': flow(MAX_NESTING_DEPTH), 'huge.yaml': flow(3_000), 'block.yaml': Array.from({ length: 200 }, (_, i) => `${' '.repeat(i)}k:`).join('\n') + ' x\n', 'ok.yaml': policy('p1') });
    const msg = `document nests lists and mappings more than ${MAX_NESTING_DEPTH} levels deep; not read`;
    expect(of(r.findings, 'nesting-too-deep')).toEqual([
      { at: `block.yaml:${MAX_NESTING_DEPTH + 1}:${MAX_NESTING_DEPTH + 1}`, severity: 'error', message: msg },
      // The top mapping is the first level, so the 64th bracket is the 65th level.
      { at: `huge.yaml:1:${MAX_NESTING_DEPTH + 3}`, severity: 'error', message: msg },
      { at: `over.yaml:1:${MAX_NESTING_DEPTH + 3}`, severity: 'error', message: msg },
    ]);
    expect(r.findings.filter((f) => f.location.file === 'limit.yaml' && f.ruleId !== 'unknown-api-version')).toEqual([]);
    expect(r.model.get('Policy', 'p1')).toBeDefined();
  });

  it('nesting-too-deep: aliases that nest a value past the limit are caught on the value too', () => {
    // Each line nests 41 levels (within the limit); the alias puts one inside the other: 81.
    const lines = [`a: &a ${'['.repeat(40)}x${']'.repeat(40)}`, `b: ${'['.repeat(40)}*a${']'.repeat(40)}`];
    const { findings } = parseSource('chain.yaml', lines.join('\n') + '\n');
    expect(findings.map((f) => [f.ruleId, f.message])).toEqual([['nesting-too-deep', `aliases nest the document's value more than ${MAX_NESTING_DEPTH} levels deep; not read`]]);
  });

  it('unknown-tag: !include and !!js/function are refused, not read as strings', async () => {
    const r = await lint({ 't.yaml': 'apiVersion: annexa/v1\nkind: Policy\nmetadata: {id: p1, title: !!js/function "x"}\nspec: {x: !include other.yaml}\n' });
    expect(of(r.findings, 'unknown-tag')).toEqual([
      { at: 't.yaml:3:27', severity: 'error', message: 'unknown YAML tag !!js/function: annexa reads plain YAML only; document not read' },
      { at: 't.yaml:4:11', severity: 'error', message: 'unknown YAML tag !include: annexa reads plain YAML only; document not read' },
    ]);
    expect(r.model.records).toEqual([]);
  });

  it('yaml-warning: other parser warnings are kept as warnings and the document is still read', async () => {
    const r = await lint({ 'd.yaml': '%FOO bar\n---\n' + policy('p1') });
    expect(of(r.findings, 'yaml-warning')).toEqual([{ at: 'd.yaml:1:1', severity: 'warning', message: expect.stringMatching(/^YAML warning: .*directive/i) }]);
    expect(r.model.get('Policy', 'p1')).toBeDefined();
  });

  it('empty-file: a file of only separators or comments', async () => {
    const r = await lint({ 'seps.yaml': '---\n---\n...\n', 'comments.yaml': '# to do\n# later\n' });
    expect(of(r.findings, 'empty-file')).toEqual([
      { at: 'comments.yaml:1:1', severity: 'warning', message: 'file holds no YAML content (only comments or document separators)' },
      { at: 'seps.yaml:1:1', severity: 'warning', message: 'file holds no YAML content (only comments or document separators)' },
    ]);
  });

  it.skipIf(process.platform === 'win32')('not-a-regular-file: a FIFO matched by the globs is reported, never opened', async () => {
    const root = makeRepo({ 'ok.yaml': policy('p1') });
    execFileSync('mkfifo', [path.join(root, 'pipe.yaml')]);
    const r = await runPipeline({ root, scope: 'validate', today });
    expect(of(r.findings, 'not-a-regular-file')).toEqual([{ at: 'pipe.yaml:1:1', severity: 'error', message: 'a named pipe (FIFO) is not a regular file; not read' }]);
    expect(r.model.get('Policy', 'p1')).toBeDefined();
  });
});

describe('record paths and options that used to end the run', () => {
  it('a NUL in an evidence path or policy document is a finding on that record', async () => {
    const r = await lint({
      'e.yaml': 'apiVersion: annexa/v1\nkind: Evidence\nmetadata: {id: e1, title: T}\nspec: {path: "a\\0b", collected: 2026-01-01}\n',
      'p.yaml': 'apiVersion: annexa/v1\nkind: Policy\nmetadata: {id: p1, title: T}\nspec: {document: "docs/\\0x.md"}\n',
    });
    expect(of(r.findings, 'path-outside-repo')).toEqual([
      { at: 'e.yaml:4:14', severity: 'error', message: 'evidence file "a\\u0000b" of Evidence e1 contains a control character (such as NUL); it cannot name a file in the repository' },
      { at: 'p.yaml:4:18', severity: 'error', message: 'policy document "docs/\\u0000x.md" of Policy p1 contains a control character (such as NUL); it cannot name a file in the repository' },
    ]);
  });

  it('a NUL in include or exclude globs is one config line, exit 2', async () => {
    for (const key of ['include', 'exclude']) {
      const root = makeRepo({ 'annexa.yaml': `apiVersion: annexa/v1\nkind: Config\n${key}: ["\\0"]\n`, 'a.yaml': policy('p1') });
      const r = await runCli(['validate', root]);
      expect(r).toEqual({ code: 2, stdout: '', stderr: `annexa: annexa.yaml: ${key} pattern "\\u0000" contains a control character (such as NUL)\n` });
    }
  });

  it.each([['null', 'no "findings" array'], ['{"findings":[null]}', 'findings[0] is not a finding'], ['{"findings":[1,{"ruleId":"x"}]}', 'findings[0] is not a finding'], ['"text"', 'no "findings" array']])('a baseline holding %s is one line, exit 2', async (content, why) => {
    const root = makeRepo({ 'a.yaml': policy('p1'), 'base.json': content });
    const r = await runCli(['check', root, '--baseline', path.join(root, 'base.json'), '-q']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(why);
    expect(r.stderr.split('\n')).toHaveLength(2);
    expect(r.stderr).not.toMatch(/internal error/);
  });
});

describe('nothing outside the repository is read through its configuration', () => {
  const outside = () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'annexa-outside-'));
    writeFileSync(path.join(dir, 'leak.yaml'), policy('leaked'));
    return dir;
  };

  it.each(['../**/*.yaml', '../outside/*.yaml', '/etc/*', '~/x.yaml'])('include %s is refused with one line', async (glob) => {
    const root = makeRepo({ 'annexa.yaml': `apiVersion: annexa/v1\nkind: Config\ninclude: ["${glob}"]\n`, 'a.yaml': policy('p1') });
    const r = await runCli(['validate', root, '--format', 'json']);
    expect(r).toEqual({ code: 2, stdout: '', stderr: `annexa: annexa.yaml: include pattern "${glob}" reaches outside the repository; patterns are relative to it and may not use .. or absolute paths\n` });
  });

  it('a file named through a symlinked folder that leads out is a finding and is not read', async () => {
    const dir = outside();
    const root = makeRepo({ 'annexa.yaml': 'apiVersion: annexa/v1\nkind: Config\ninclude: ["linked/leak.yaml", "*.yaml"]\n', 'a.yaml': policy('p1') });
    symlinkSync(dir, path.join(root, 'linked'));
    const r = await runPipeline({ root, scope: 'validate', today });
    expect(of(r.findings, 'symlink-outside-repo')).toEqual([{ at: 'linked/leak.yaml:1:1', severity: 'error', message: expect.stringMatching(/^the folder of this file is a symbolic link that points outside the repository \(to .*\); not read$/) }]);
    expect(r.model.get('Policy', 'leaked')).toBeUndefined();
    expect(r.model.get('Policy', 'p1')).toBeDefined();
  });

  it('--config outside the repository is refused', async () => {
    const dir = outside();
    writeFileSync(path.join(dir, 'annexa.yaml'), 'apiVersion: annexa/v1\nkind: Config\n');
    const root = makeRepo({ 'a.yaml': policy('p1') });
    const rel = path.relative(root, path.join(dir, 'annexa.yaml'));
    const r = await runCli(['validate', root, '--config', rel]);
    expect(r).toEqual({ code: 2, stdout: '', stderr: `annexa: --config "${rel}" leaves the repository; the config file must be inside the repository\n` });
    symlinkSync(dir, path.join(root, 'linked'));
    const s = await runCli(['validate', root, '--config', 'linked/annexa.yaml']);
    expect(s.stderr).toBe('annexa: --config "linked/annexa.yaml" leads outside the repository through a symbolic link; the config file must be inside the repository\n');
  });

  it('a catalog through a symlinked folder is refused and nothing of it is read', async () => {
    const dir = outside();
    writeFileSync(path.join(dir, 'cat.yaml'), 'apiVersion: annexa/v1\nkind: Catalog\nmetadata: {id: secret-cat, title: Secret}\ncontrols: []\n');
    const root = makeRepo({ 'annexa.yaml': 'apiVersion: annexa/v1\nkind: Config\ncatalogs: [shared/cat.yaml]\n', 'a.yaml': policy('p1') });
    symlinkSync(dir, path.join(root, 'shared'));
    const r = await runCli(['validate', root, '--format', 'json']);
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'annexa: "shared/cat.yaml": catalog path leads outside the repository through a symbolic link (named in annexa.yaml catalogs)\n' });
  });

  it('a templates folder named in annexa.yaml must be inside the repository, also after symlinks', async () => {
    const dir = outside();
    mkdirSync(path.join(dir, 'tpl'));
    const root = makeRepo({ 'annexa.yaml': 'apiVersion: annexa/v1\nkind: Config\ntemplates: linked/tpl\n', 'a.yaml': policy('p1') });
    symlinkSync(dir, path.join(root, 'linked'));
    const r = await runCli(['validate', root]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('annexa: annexa.yaml: templates folder "linked/tpl" leads outside the repository through a symbolic link; templates named in annexa.yaml must live inside the repository (use --templates for a folder elsewhere)\n');
    const up = makeRepo({ 'annexa.yaml': 'apiVersion: annexa/v1\nkind: Config\ntemplates: ../tpl\n' });
    expect((await runCli(['validate', up])).stderr).toMatch(/^annexa: annexa\.yaml: templates folder "\.\.\/tpl" leaves the repository;/);
  });
});

describe('the nesting limit does not depend on the thread that parses a file', () => {
  it('the built binary (files split with a worker) reports exactly what the in-process run does', async () => {
    const { runBin } = await import('../helpers/cli.js');
    const files: Record<string, string> = {};
    // More files than PARALLEL_MIN_FILES, deep ones spread over both halves of the split.
    for (let i = 0; i < 240; i++) files[`f${String(i).padStart(3, '0')}.yaml`] = i % 40 === 7 ? flow(MAX_NESTING_DEPTH + (i % 3)) : i % 40 === 8 ? flow(MAX_NESTING_DEPTH - 1) : policy(`p${i}`);
    const root = makeRepo(files);
    const local = await runCli(['validate', root, '--format', 'json', '-q']);
    const bin = runBin(['validate', root, '--format', 'json', '-q']);
    expect(bin.code).toBe(1);
    expect(bin.stdout).toBe(local.stdout);
    const found = (JSON.parse(bin.stdout) as { findings: { ruleId: string; file: string }[] }).findings.filter((f) => f.ruleId === 'nesting-too-deep');
    expect(found.map((f) => f.file)).toEqual(['f007.yaml', 'f047.yaml', 'f087.yaml', 'f127.yaml', 'f167.yaml', 'f207.yaml']);
  });
});
