import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, copyExample, EXAMPLE, listFiles, runCli, tempDir } from './support.js';
import { CSP_META } from '../../src/render/ensure-csp.js';

describe('custom templates', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await tempDir();
  });
  afterEach(() => cleanup(dir));

  async function templates(files: Record<string, string>): Promise<string> {
    const t = path.join(dir, 'custom');
    for (const [name, content] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(t, name)), { recursive: true });
      await writeFile(path.join(t, name), content);
    }
    return t;
  }
  const pack = (...extra: string[]) => runCli(['pack', EXAMPLE, '--out', 'out', '--date', '2026-01-01', ...extra], { cwd: dir });

  it('overrides a bundled page, adds a page with its own title and uses custom partials', async () => {
    await templates({
      'index.html.hbs': '{{#> layout-html}}<p id="custom">Custom dashboard for {{organization}}</p>{{/layout-html}}\n',
      'suppliers.html.hbs': '{{!-- title: Supplier overview --}}\n{{#> layout-html}}{{> supplier-list}}{{/layout-html}}\n',
      'suppliers.md.hbs': '{{#> layout-md}}{{#each ai.systems}}- {{title}}: {{join suppliers "; "}}\n{{/each}}{{/layout-md}}\n',
      'partials/supplier-list.hbs': '<ul>{{#each ai.systems}}<li>{{title}}: {{len suppliers}} suppliers</li>{{/each}}</ul>',
    });
    const run = await pack('--templates', 'custom');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const out = path.join(dir, 'out');
    const index = await readFile(path.join(out, 'index.html'), 'utf8');
    expect(index).toContain('<p id="custom">Custom dashboard for Acme Health GmbH</p>');
    const suppliers = await readFile(path.join(out, 'suppliers.html'), 'utf8');
    expect(suppliers).toContain('<title>Supplier overview');
    expect(suppliers).toMatch(/<li>Clinical Triage Assistant: \d+ suppliers<\/li>/);
    expect(await readFile(path.join(out, 'gaps.html'), 'utf8')).toContain('href="suppliers.html">Supplier overview</a>');
    expect(await listFiles(out)).toContain('markdown/suppliers.md');
    const manifest = JSON.parse(await readFile(path.join(out, 'manifest.json'), 'utf8'));
    expect(manifest.files.map((f: { path: string }) => f.path)).toContain('suppliers.html');
  });

  it('reads the templates folder named in annexa.yaml', async () => {
    const repo = await copyExample(dir);
    const config = path.join(repo, 'annexa.yaml');
    await writeFile(config, `${await readFile(config, 'utf8')}templates: pack-templates\n`);
    await mkdir(path.join(repo, 'pack-templates'));
    await writeFile(path.join(repo, 'pack-templates', 'policies.md.hbs'), '{{#> layout-md}}Policies: {{policies.counts.total}}{{/layout-md}}\n');
    const run = await runCli(['pack', repo, '--out', 'out', '--date', '2026-01-01'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(await readFile(path.join(dir, 'out', 'markdown', 'policies.md'), 'utf8')).toMatch(/Policies: \d+/);
  });

  it('names the file and line of a parse or compile error, and writes nothing', async () => {
    await templates({ 'broken.html.hbs': '{{#> layout-html}}\n<p>fine</p>\n<p>{{title}</p>\n{{/layout-html}}\n' });
    const run = await pack('--templates', 'custom');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^annexa: custom\/broken\.html\.hbs:3: parse error: Expecting .+\n$/);
    expect((await readdir(dir)).sort()).toEqual(['custom']);

    await templates({ 'broken.html.hbs': '{{#> layout-html}}\n\n{{#if x}}\n{{/layout-html}}\n' });
    const mismatch = await pack('--templates', 'custom');
    expect(mismatch.stderr).toMatch(/^annexa: custom\/broken\.html\.hbs:3: if doesn't match layout-html\n$/);
  });

  it('names the file and line of a runtime error (strict mode), in a page and in a partial', async () => {
    await templates({ 'extra.md.hbs': '{{#> layout-md}}\nok\n{{nosuch.field}}\n{{/layout-md}}\n' });
    const page = await pack('--templates', 'custom');
    expect(page.code).toBe(2);
    expect(page.stderr).toMatch(/^annexa: custom\/extra\.md\.hbs:3: unknown field "field" \(templates are strict/);

    await templates({ 'extra.md.hbs': '{{#> layout-md}}{{> bad}}{{/layout-md}}\n', 'partials/bad.hbs': 'line one\n\n{{risks.nosuch}}\n' });
    const partial = await pack('--templates', 'custom');
    expect(partial.code).toBe(2);
    expect(partial.stderr).toMatch(/^annexa: custom\/partials\/bad\.hbs:3: unknown field "nosuch"/);

    await templates({ 'partials/bad.hbs': '{{organization.missing}}' });
    const onText = await pack('--templates', 'custom');
    expect(onText.stderr).toBe('annexa: custom/partials/bad.hbs: unknown field "missing": its parent is not an object\n');
  });

  it('rejects template names that are not plain page names', async () => {
    await templates({ 'Bad..name.html.hbs': 'x' });
    const run = await pack('--templates', 'custom');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/custom\/Bad\.\.name\.html\.hbs: page templates are named NAME\.html\.hbs/);
  });

  it('keeps prototype access disabled', async () => {
    await templates({ 'proto.html.hbs': '[{{lookup tool "constructor"}}][{{lookup (lookup tool "name") "constructor"}}][{{#with tool}}{{lookup this "__proto__"}}{{/with}}]' });
    const run = await pack('--templates', 'custom');
    expect(run.code).toBe(0);
    // A page that does not use the layout still gets the CSP first (see ensure-csp.ts).
    expect(await readFile(path.join(dir, 'out', 'proto.html'), 'utf8')).toBe(`${CSP_META}[][][]`);
  });

  it('reports a missing templates folder', async () => {
    const run = await pack('--templates', 'nope');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--templates: templates folder nope not found/);
  });
});
