import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, hostileExample, readAll, runCli, tempDir } from './support.js';

describe('user strings are escaped', () => {
  let dir: string;
  let files: Map<string, string>;

  beforeAll(async () => {
    dir = await tempDir();
    const repo = await hostileExample(dir);
    const run = await runCli(['pack', repo, '--out', 'out', '--date', '2026-01-01'], { cwd: dir });
    expect(run.code).toBe(0);
    files = new Map([...(await readAll(path.join(dir, 'out')))].map(([k, v]) => [k, v.toString('utf8')]));
  });
  afterAll(() => cleanup(dir));

  const html = () => [...files].filter(([f]) => f.endsWith('.html'));

  it('renders the titles as text in HTML and SVG, never as markup', () => {
    for (const [file, text] of html()) {
      expect(text, file).not.toMatch(/<script/i);
      expect(text, file).not.toMatch(/<img/i);
      expect(text, file).not.toMatch(/href="javascript:/i);
    }
    const inventory = files.get('ai-inventory.html')!;
    expect(inventory).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const risks = files.get('risk-register.html')!;
    expect(risks).toContain('&quot;&gt;&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;');
    expect(inventory).toContain('javascript:alert(1)');
  });

  it('escapes the titles in Markdown too', () => {
    const md = files.get('markdown/ai-inventory.md')!;
    expect(md).toContain('\\<script\\>alert(1)\\</script\\>');
    expect(md).not.toMatch(/(?<!\\)<script/);
    expect(files.get('markdown/risk-register.md')).toContain('"\\>\\<img src=x onerror=alert(1)\\>');
  });

  it('forbids scripts by Content-Security-Policy on every page', () => {
    for (const [file, text] of html()) expect(text, file).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
  });
});
