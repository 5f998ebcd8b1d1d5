/**
 * The built CLI writes the pack's workbook and Word document on a worker thread (office-pair.ts); in-process runs
 * from sources write them on the main thread. Both must give the same bytes.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
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
