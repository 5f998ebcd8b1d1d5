import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { runBin, runCli } from '../helpers/cli.js';
import { cleanupRepos, makeRepo } from '../helpers/repo.js';
import { control, config } from '../rules/records.js';

afterAll(cleanupRepos);

const repo = () => makeRepo({ 'annexa.yaml': config(), 'c.yaml': control('ctl-1', ['iso27001:A.5.1'], 'implemented') });

describe('CLI options shared by validate and check', () => {
  it('--version prints the package version', async () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(runBin(['--version'])).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
  });

  it('usage errors exit 2 with one line', async () => {
    const unknownFormat = await runCli(['validate', repo(), '--format', 'xml']);
    expect(unknownFormat).toMatchObject({ code: 2, stderr: 'annexa: unknown format "xml"; use one of text, json, sarif, junit, github, markdown, gitlab\n' });
    const unknownOption = await runCli(['check', '--nope']);
    expect(unknownOption.code).toBe(2);
    expect(unknownOption.stderr).toContain("unknown option '--nope'");
    const badDate = await runCli(['check', repo(), '--today', '2026-02-30']);
    expect(badDate).toMatchObject({ code: 2, stderr: 'annexa: --today must be a date YYYY-MM-DD (got "2026-02-30")\n' });
  });

  it('--fail-on decides the exit code from the findings', async () => {
    const root = repo();
    // implemented-without-evidence is a warning; unmapped-control and clause-unaddressed errors are turned off here.
    writeFileSync(path.join(root, 'annexa.yaml'), config('rules:\n  unmapped-control: off\n  clause-unaddressed: off\n'));
    expect((await runCli(['check', root, '--today', '2026-11-23'])).code).toBe(0);
    expect((await runCli(['check', root, '--today', '2026-11-23', '--fail-on', 'warning'])).code).toBe(1);
    writeFileSync(path.join(root, 'annexa.yaml'), config());
    expect((await runCli(['check', root, '--today', '2026-11-23', '--fail-on', 'never'])).code).toBe(0);
  });

  it('writes several format/output pairs in one run, the rest to stdout', async () => {
    const root = repo();
    const out = makeRepo({});
    const r = await runCli(['check', root, '-f', 'sarif', '-o', path.join(out, 'a.sarif'), '-f', 'junit', '-o', path.join(out, 'b.xml'), '-f', 'json', '--today', '2026-11-23']);
    expect(r.code).toBe(1);
    expect(JSON.parse(readFileSync(path.join(out, 'a.sarif'), 'utf8')).version).toBe('2.1.0');
    expect(readFileSync(path.join(out, 'b.xml'), 'utf8')).toMatch(/^<\?xml/);
    expect(JSON.parse(r.stdout).findings.length).toBeGreaterThan(90);
    expect(existsSync(path.join(out, '.a.sarif.' + process.pid + '.tmp'))).toBe(false);
  });

  it('--baseline fails only on findings that are new against a saved json result', async () => {
    const root = repo();
    const base = path.join(makeRepo({}), 'baseline.json');
    await runCli(['check', root, '-f', 'json', '-o', base, '--today', '2026-11-23']);
    expect((await runCli(['check', root, '--baseline', base, '--today', '2026-11-23'])).code).toBe(0);
    writeFileSync(path.join(root, 'd.yaml'), control('ctl-2', ['iso27001:A.5.99'], 'planned', '  owner: IT\n  targetDate: 2027-06-30\n'));
    const r = await runCli(['check', root, '--baseline', base, '--today', '2026-11-23', '-f', 'json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['unknown-control-ref']);
    const bad = await runCli(['check', root, '--baseline', path.join(root, 'c.yaml')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^annexa: --baseline .*c\.yaml: cannot read a JSON result/m);
  });

  it('colours text only on a TTY and never with NO_COLOR', async () => {
    const root = repo();
    const plain = await runCli(['validate', root]);
    expect(plain.stdout).not.toMatch(/\x1b\[/);
    const forced = await runCli(['validate', root], undefined, { NO_COLOR: undefined, FORCE_COLOR: '1' });
    expect(forced.stdout).toMatch(/\x1b\[/);
  });
});

describe('--baseline counts findings, not just their keys', () => {
  it('a new failing standard and a second duplicate id are new even when their place matches an old finding', async () => {
    const both = 'apiVersion: annexa/v1\nkind: Config\nstandards: [iso27001:2022, iso42001:2023]\ncoverage:\n  minImplemented: 1\n';
    const dup = (id: string) => `apiVersion: annexa/v1\nkind: Policy\nmetadata: {id: ${id}, title: t}\nspec: {}\n`;
    const root = makeRepo({
      'annexa.yaml': both,
      'c.yaml': control('ctl-1', ['iso27001:A.5.1', 'iso27001:A.5.2'], 'implemented', '  evidence: []\n'),
      'p.yaml': [dup('pol-a'), dup('pol-a')].join('---\n'),
    });
    const base = path.join(makeRepo({}), 'base.json');
    await runCli(['check', root, '-f', 'json', '-o', base, '--today', '2026-11-23']);
    // 27001 passes the 1 % bar (2 of 93) and 42001 fails it; now 27001 fails too, and a second id is duplicated.
    writeFileSync(path.join(root, 'c.yaml'), control('ctl-1', ['iso27001:A.5.1'], 'planned', '  owner: IT\n  targetDate: 2027-06-30\n'));
    writeFileSync(path.join(root, 'p.yaml'), [dup('pol-a'), dup('pol-a'), dup('pol-b'), dup('pol-b')].join('---\n'));
    const r = await runCli(['check', root, '--baseline', base, '--today', '2026-11-23', '-f', 'json']);
    const found = JSON.parse(r.stdout).findings.map((f: { ruleId: string; subject: string }) => `${f.ruleId} ${f.subject}`);
    // A.5.2 lost its decision too: that unmapped-control is new as well.
    expect(found.sort()).toEqual(['coverage-below-threshold iso27001', 'duplicate-id Policy/pol-b', 'unmapped-control null']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^annexa: \d+ findings in the baseline not shown \(3 new\)$/m);
  });

  it('refuses to write the result over its own baseline', async () => {
    const root = repo();
    const base = path.join(makeRepo({}), 'base.json');
    await runCli(['check', root, '-f', 'json', '-o', base]);
    const r = await runCli(['check', root, '--baseline', base, '-f', 'json', '-o', base]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('would overwrite the baseline it is compared with');
  });
});

describe('pairing --format with --output', () => {
  const known = ['text', 'json', 'sarif', 'junit', 'github', 'markdown'];
  it('pairs by extension where positions disagree, infers a format for an unpaired known extension', async () => {
    const { pairOutputs } = await import('../../src/cli/outputs.js');
    expect(pairOutputs(['text', 'markdown', 'junit'], ['check.md', 'check.junit.xml'], known)).toEqual([
      { format: 'text', output: undefined },
      { format: 'markdown', output: 'check.md' },
      { format: 'junit', output: 'check.junit.xml' },
    ]);
    expect(pairOutputs([], ['a.sarif', 'b.md'], known)).toEqual([{ format: 'sarif', output: 'a.sarif' }, { format: 'markdown', output: 'b.md' }]);
    expect(pairOutputs(['json'], ['a.json', 'b.sarif'], known)).toEqual([{ format: 'json', output: 'a.json' }, { format: 'sarif', output: 'b.sarif' }]);
    // SARIF is JSON: results.json is fine for it. Outputs without a known extension keep positional pairing.
    expect(pairOutputs(['sarif'], ['results.json'], known)).toEqual([{ format: 'sarif', output: 'results.json' }]);
    expect(pairOutputs(['gitlab', 'text'], ['gl-code-quality.json'], [...known, 'gitlab'])).toEqual([{ format: 'gitlab', output: 'gl-code-quality.json' }, { format: 'text', output: undefined }]);
    expect(pairOutputs(['github', 'junit'], ['report', 'j.xml'], known)).toEqual([{ format: 'github', output: 'report' }, { format: 'junit', output: 'j.xml' }]);
    expect(pairOutputs([], ['report'], known)).toEqual([{ format: 'text', output: 'report' }]);
    expect(pairOutputs([], [], known)).toEqual([{ format: 'text' }]);
  });

  it('writes each format into the file its extension names (the run that once wrote text into check.md)', async () => {
    const root = repo();
    const out = makeRepo({});
    const r = await runCli(['check', root, '-f', 'text', '-f', 'markdown', '-o', path.join(out, 'check.md'), '-f', 'junit', '-o', path.join(out, 'check.junit.xml'), '--today', '2026-11-23']);
    expect(r.code).toBe(1);
    expect(readFileSync(path.join(out, 'check.md'), 'utf8')).toMatch(/^#/);
    expect(readFileSync(path.join(out, 'check.junit.xml'), 'utf8')).toMatch(/^<\?xml/);
    expect(r.stdout).toMatch(/problems?|error/);
    expect(r.stdout).not.toMatch(/^<\?xml|^#/);
  });

  it('refuses a pair whose extension contradicts its format: exit 2, one line', async () => {
    const out = makeRepo({});
    const r = await runCli(['check', repo(), '-f', 'json', '-o', path.join(out, 'a.xml')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^annexa: --output .*a\.xml is junit by its extension, but would be paired with --format json; add -f junit before it or rename the file\n$/);
    expect(existsSync(path.join(out, 'a.xml'))).toBe(false);
    const two = await runCli(['check', repo(), '-f', 'text', '-o', path.join(out, 'check.md')]);
    expect(two.code).toBe(2);
    expect(two.stderr.split('\n')).toHaveLength(2);
  });
});
