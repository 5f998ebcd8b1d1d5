/**
 * `pack` writes each file as streamPack hands it over and keeps none: the manifest, last, must describe exactly the
 * files handed over before it, whatever the order they came in.
 */
import { createHash } from 'node:crypto';
import { expect, it } from 'vitest';
import { runPipeline } from '../../src/pipeline.js';
import { streamPack } from '../../src/render/build-pack.js';
import type { PackFile } from '../../src/render/render-pack.js';
import { ACME } from '../helpers/repo.js';

it('hands over each page as it renders, office files after the pages, the manifest last with every hash', async () => {
  const result = await runPipeline({ root: ACME, scope: 'check', today: '2026-11-23' });
  const seen: PackFile[] = [];
  const count = await streamPack({ result, date: '2026-11-23', toolVersion: '0.0.0-test', onPage: (done) => expect(seen).toHaveLength(done) }, (f) => seen.push(f));
  expect(count).toBe(seen.length);
  const paths = seen.map((f) => f.path);
  expect(paths.at(-1)).toBe('manifest.json');
  expect(paths.slice(-3, -1)).toEqual(['soa.xlsx', 'audit-pack.docx']);
  expect(paths.findIndex((p) => p.startsWith('markdown/'))).toBeGreaterThan(paths.indexOf('index.html'));
  const manifest = JSON.parse(String(seen.at(-1)!.content)) as { files: { path: string; sha256: string }[] };
  const hash = (c: string | Buffer) => createHash('sha256').update(typeof c === 'string' ? Buffer.from(c, 'utf8') : c).digest('hex');
  expect(manifest.files).toEqual(seen.slice(0, -1).map((f) => ({ path: f.path, sha256: hash(f.content) })).sort((a, b) => (a.path < b.path ? -1 : 1)));
});
