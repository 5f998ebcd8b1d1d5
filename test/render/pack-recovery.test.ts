import { spawnSync } from 'node:child_process';
import { cp, mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, listFiles, runCli, tempDir } from './support.js';
import { isEarlierPack } from '../../src/render/earlier-pack.js';
import { recoverLeftovers } from '../../src/render/pack-leftovers.js';

const DATE = ['--date', '2026-01-01', '-q'];
const sha = (s: string | Buffer) => createHash('sha256').update(s).digest('hex');
/** The id of a process that has ended: what a killed run leaves in its leftovers' names. */
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid!;

let dir: string;
let repo: string;
/** A complete pack of the small repo, copied to build each crash state. */
let reference: string;

beforeAll(async () => {
  dir = await tempDir('annexa-recovery-');
  repo = path.join(dir, 'repo');
  await mkdir(repo);
  await writeFile(path.join(repo, 'policy.yaml'), 'apiVersion: annexa/v1\nkind: Policy\nmetadata: {id: pol-1, title: "<script>alert(1)</script>"}\nspec: {}\n');
  reference = path.join(dir, 'reference');
  expect((await runCli(['pack', repo, '--out', reference, ...DATE], { cwd: dir })).code).toBe(0);
});
afterAll(() => cleanup(dir));

async function scene(name: string): Promise<string> {
  const d = path.join(dir, name);
  await mkdir(d);
  return d;
}
const pack = (cwd: string, ...extra: string[]) => runCli(['pack', repo, '--out', 'out', ...DATE, ...extra], { cwd });

describe('an earlier pack is recognised by its files and hashes, not by its manifest alone', () => {
  it('a forged manifest over a foreign folder does not make it a pack: refused, nothing deleted', async () => {
    const d = await scene('forged');
    const out = path.join(d, 'out');
    await mkdir(out);
    await writeFile(path.join(out, 'precious.txt'), 'keep me');
    await writeFile(path.join(out, 'manifest.json'), JSON.stringify({ tool: { name: 'annexa', version: '0' }, date: '2026-01-01', source: {}, files: [{ path: 'precious.txt', sha256: sha('keep me') }] }));
    const r = await pack(d);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/is not empty and is not an annexa pack/);
    expect(await readFile(path.join(out, 'precious.txt'), 'utf8')).toBe('keep me');
  });

  it('a pack whose listed file was changed (hash differs) is not an earlier pack', async () => {
    const d = await scene('tampered');
    const out = path.join(d, 'out');
    await cp(reference, out, { recursive: true });
    expect(await isEarlierPack(out)).toBe(true);
    await writeFile(path.join(out, 'index.html'), 'my own notes');
    expect(await isEarlierPack(out)).toBe(false);
    expect((await pack(d)).code).toBe(2);
    expect(await readFile(path.join(out, 'index.html'), 'utf8')).toBe('my own notes');
  });
});

describe('leftovers of killed runs are cleaned up by the next run', () => {
  it('removes a dead run\'s hidden folders; keeps a live run\'s and anything not named like ours', async () => {
    const d = await scene('leftovers');
    const dead = deadPid();
    for (const n of [`.annexa-pack-${dead}-AbC123`, `.annexa-pack-old-${dead}-0a1b2c3d`, `.annexa-pack-${process.ppid}-Live12`, '.annexa-pack-notes']) {
      await mkdir(path.join(d, n));
      await writeFile(path.join(d, n, 'index.html'), 'x');
    }
    await writeFile(path.join(d, `.annexa-pack-swap-${dead}-0a1b2c3d.json`), 'not json');
    expect((await pack(d)).code).toBe(0);
    expect((await readdir(d)).sort()).toEqual([`.annexa-pack-${process.ppid}-Live12`, '.annexa-pack-notes', 'out']);
    expect(await isEarlierPack(path.join(d, 'out'))).toBe(true);
  });

  it('a swap killed between its renames is finished: the complete new pack moves into --out', async () => {
    const d = await scene('swap');
    const dead = deadPid();
    const tmp = `.annexa-pack-${dead}-Xy12Zq`;
    const old = `.annexa-pack-old-${dead}-00ff00ff`;
    await cp(reference, path.join(d, tmp), { recursive: true });
    await cp(reference, path.join(d, old), { recursive: true });
    await writeFile(path.join(d, old, 'index.html'), 'half deleted'); // the earlier pack, partly gone
    await writeFile(path.join(d, `.annexa-pack-swap-${dead}-00ff00ff.json`), JSON.stringify({ out: 'out', tmp, old }));
    await recoverLeftovers(path.join(d, 'out'));
    expect(await readdir(d)).toEqual(['out']);
    expect(await listFiles(path.join(d, 'out'))).toEqual(await listFiles(reference));
    expect(await isEarlierPack(path.join(d, 'out'))).toBe(true);
  });

  it('when the new pack is gone too, the earlier pack moves back', async () => {
    const d = await scene('rollback');
    const dead = deadPid();
    const old = `.annexa-pack-old-${dead}-12345678`;
    await cp(reference, path.join(d, old), { recursive: true });
    await writeFile(path.join(d, `.annexa-pack-swap-${dead}-12345678.json`), JSON.stringify({ out: 'out', tmp: `.annexa-pack-${dead}-gone00`, old }));
    await recoverLeftovers(path.join(d, 'out'));
    expect(await readdir(d)).toEqual(['out']);
    expect(await isEarlierPack(path.join(d, 'out'))).toBe(true);
  });

  it('check -o removes the temporary file a killed run left', async () => {
    const d = await scene('check-tmp');
    await writeFile(path.join(d, `.report.json.${deadPid()}.tmp`), '{"half":');
    const r = await runCli(['check', repo, '-f', 'json', '-o', 'report.json', '-q'], { cwd: d });
    expect(r.code).toBe(1);
    expect(await readdir(d)).toEqual(['report.json']);
  });
});

describe('custom templates cannot leak files or run script from record data', () => {
  const withTemplates = async (name: string, files: Record<string, string>) => {
    const d = await scene(name);
    for (const [f, c] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(d, 'tpl', f)), { recursive: true });
      await writeFile(path.join(d, 'tpl', f), c);
    }
    return d;
  };

  it('every HTML page carries the CSP, also a custom page that does not use the layout', async () => {
    const d = await withTemplates('csp', { 'bare.html.hbs': '<!DOCTYPE html><html><head><title>x</title></head><body><script>alert(1)</script>{{organization}}</body></html>\n' });
    expect((await pack(d, '--templates', 'tpl')).code).toBe(0);
    const csp = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`;
    const out = path.join(d, 'out');
    const html = (await listFiles(out)).filter((f) => f.endsWith('.html'));
    expect(html).toContain('bare.html');
    for (const f of html) expect(await readFile(path.join(out, f), 'utf8'), f).toContain(csp);
    expect(await readFile(path.join(out, 'bare.html'), 'utf8')).toMatch(new RegExp(`^<!DOCTYPE html>${csp.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}<html>`));
  });

  it.each([['{{{', '{{#> layout-html}}\n{{#each policies.items}}{{{title}}}{{/each}}{{/layout-html}}\n', 2], ['{{&', '{{#> layout-html}}{{& organization}}{{/layout-html}}\n', 1]])('%s (unescaped output) is refused with file and line', async (_, source, line) => {
    const d = await withTemplates(`stash-${line}`, { 'raw.html.hbs': source });
    const r = await pack(d, '--templates', 'tpl');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`annexa: tpl/raw.html.hbs:${line}: {{{ }}} writes values unescaped, which would let record data inject markup or script; use {{ }} (annexa escapes every value for its page format)\n`);
    expect(await readdir(d)).toEqual(['tpl']);
  });

  it('a template that is a symlink to a file outside its folder is refused; nothing of it is written', async () => {
    const d = await withTemplates('link', {});
    await mkdir(path.join(d, 'tpl'));
    await symlink('/etc/passwd', path.join(d, 'tpl', 'passwd.html.hbs'));
    const r = await pack(d, '--templates', 'tpl');
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'annexa: tpl/passwd.html.hbs: symbolic link leads outside the templates folder; templates are read from inside it only\n' });
    expect(await readdir(d)).toEqual(['tpl']);
  });

  it('Handlebars\' "access denied" warnings become annexa notes, silent with -q', async () => {
    const d = await withTemplates('denied', { 'proto.html.hbs': '{{#> layout-html}}[{{lookup this "toString"}}]{{/layout-html}}\n' });
    const loud = await runCli(['pack', repo, '--out', 'out', '--date', '2026-01-01', '--templates', 'tpl'], { cwd: d });
    expect(loud.code).toBe(0);
    const notes = loud.stderr.split('\n').filter((l) => !l.includes('not a git repository'));
    expect(notes).toEqual(['annexa: tpl/proto.html.hbs: the template reads "toString", which is not a value of the page view (access denied); it renders as empty', '']);
    const quiet = await pack(d, '--templates', 'tpl');
    expect(quiet).toMatchObject({ code: 0, stderr: '' });
  });
});
