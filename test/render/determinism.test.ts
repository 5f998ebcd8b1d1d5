import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, EXAMPLE, listFiles, readAll, runCli, tempDir } from './support.js';

describe('annexa pack is deterministic', () => {
  let dir: string;
  const packs: string[] = [];

  beforeAll(async () => {
    dir = await tempDir();
    for (const name of ['a', 'b']) {
      const out = path.join(dir, name);
      const run = await runCli(['pack', EXAMPLE, '--out', out, '--date', '2026-01-01'], { cwd: dir });
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(new RegExp(`^pack written to ${name} \\(\\d+ files\\)\\n$`));
      packs.push(out);
    }
  });
  afterAll(() => cleanup(dir));

  it('writes byte-identical folders for the same input and --date', async () => {
    const [a, b] = await Promise.all(packs.map(readAll));
    expect([...a!.keys()]).toEqual([...b!.keys()]);
    for (const [file, bytes] of a!) expect(bytes.equals(b!.get(file)!), file).toBe(true);
  });

  it('writes every page as HTML and as Markdown, the workbook and the Word document, plus the manifest', async () => {
    const files = await listFiles(packs[0]!);
    const pages = ['index', 'soa-iso27001', 'soa-iso42001', 'soa-integrated', 'risk-register', 'ai-inventory', 'ai-act', 'impact-assessments', 'policies', 'evidence', 'crosswalk', 'gaps', 'management-review', 'management-system'];
    for (const p of pages) {
      expect(files).toContain(`${p}.html`);
      expect(files).toContain(`markdown/${p}.md`);
    }
    expect(files).toContain('manifest.json');
    expect(files).toContain('soa.xlsx');
    expect(files).toContain('audit-pack.docx');
    expect(files).toHaveLength(pages.length * 2 + 3);
  });

  it('lists every other file in manifest.json, sorted, with matching sha256', async () => {
    const out = packs[0]!;
    const manifest = JSON.parse(await readFile(path.join(out, 'manifest.json'), 'utf8'));
    expect(manifest.tool).toEqual({ name: 'annexa', version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
    expect(manifest.date).toBe('2026-01-01');
    expect(typeof manifest.source).toBe('object');
    const paths = manifest.files.map((f: { path: string }) => f.path);
    expect(paths).toEqual([...paths].sort());
    expect(paths).toEqual((await listFiles(out)).filter((f) => f !== 'manifest.json'));
    for (const f of manifest.files as { path: string; sha256: string }[]) {
      const sum = createHash('sha256').update(await readFile(path.join(out, f.path))).digest('hex');
      expect(sum, f.path).toBe(f.sha256);
    }
  });

  it('holds no absolute paths and measures dates against --date', async () => {
    const files = await readAll(packs[0]!);
    for (const [file, bytes] of files) {
      const text = bytes.toString('utf8');
      expect(text.includes(dir), file).toBe(false);
      expect(text.includes(EXAMPLE), file).toBe(false);
    }
    expect(files.get('index.html')!.toString()).toContain('Pack date 2026-01-01');
  });
});
