/**
 * The built CLI writes the pack's workbook and Word document on a worker thread (office-pair.ts); in-process runs
 * from sources write them on the main thread. Both must give the same bytes.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { runBin, runCli } from '../helpers/cli.js';
import { ACME } from '../helpers/repo.js';

const dir = mkdtempSync(path.join(tmpdir(), 'annexa-office-thread-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('the pack written with the office thread (built CLI) equals the one written on one thread', async () => {
  const args = (out: string) => ['pack', ACME, '--out', path.join(dir, out), '--date', '2026-11-23', '-q'];
  expect(runBin(args('thread'))).toMatchObject({ code: 0, stderr: '' });
  expect(await runCli(args('inline'))).toMatchObject({ code: 0, stderr: '' });
  for (const file of ['soa.xlsx', 'audit-pack.docx', 'manifest.json']) {
    const a = readFileSync(path.join(dir, 'thread', file));
    expect(a.length, file).toBeGreaterThan(1000);
    expect(a.equals(readFileSync(path.join(dir, 'inline', file))), file).toBe(true);
  }
});

it('a template error while the office thread works ends the built CLI with one line and nothing written', () => {
  mkdirSync(path.join(dir, 'custom'));
  writeFileSync(path.join(dir, 'custom', 'broken.html.hbs'), '{{#> layout-html}}\n<p>{{nosuchfield}}</p>\n{{/layout-html}}\n');
  const run = runBin(['pack', ACME, '--out', 'broken-out', '--templates', 'custom', '--date', '2026-11-23'], dir);
  expect(run.code).toBe(2);
  expect(run.stderr).toBe('annexa: custom/broken.html.hbs:2: unknown field "nosuchfield" (templates are strict; see docs/pack.md for the view)\n');
  expect(existsSync(path.join(dir, 'broken-out'))).toBe(false);
});
