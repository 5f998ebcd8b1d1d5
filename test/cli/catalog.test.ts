import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { cleanupRepos, makeRepo } from '../helpers/repo.js';
import { readReference } from '../helpers/reference.js';

const annex27001 = readReference('iso27001-2022-annex-a.csv');
const annex42001 = readReference('iso42001-2023-annex-a.csv');
/** `ref  title` lines of a text listing, without headings and the closing hint. */
const listed = (out: string) => out.split('\n').filter((l) => /^[a-z0-9-]+:\S+ {2}/.test(l)).map((l) => l.replace(/ {2,}/, '  '));

describe('annexa catalog', () => {
  afterAll(cleanupRepos);
  it('--standard iso42001 --area A.6 lists the 9 controls A.6.1.2 to A.6.2.8 with titles', async () => {
    const r = await runCli(['catalog', '--standard', 'iso42001', '--area', 'A.6']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    const expected = annex42001.filter((c) => c.area_id === 'A.6').map((c) => `iso42001:${c.id}  ${c.title}`);
    expect(expected).toHaveLength(9);
    expect(listed(r.stdout)).toEqual(expected);
    expect(r.stdout).toContain('\n9 controls;');
  });

  it('filters by theme name and attribute value, all filters holding', async () => {
    const r = await runCli(['catalog', '--theme', 'technological', '--attribute', 'preventive', '-f', 'json']);
    const refs = (JSON.parse(r.stdout) as { entries: { ref: string }[] }).entries.map((e) => e.ref);
    const expected = annex27001.filter((c) => c.theme === 'Technological' && c.control_type!.split(';').includes('preventive')).map((c) => `iso27001:${c.id}`);
    expect(expected.length).toBeGreaterThan(10);
    expect(refs).toEqual(expected);
    const named = await runCli(['catalog', '--attribute', 'controlType=corrective', '--attribute', 'availability', '-f', 'json']);
    const namedRefs = (JSON.parse(named.stdout) as { entries: { ref: string }[] }).entries.map((e) => e.ref);
    expect(namedRefs).toEqual(annex27001.filter((c) => c.control_type!.split(';').includes('corrective') && c.security_properties!.split(';').includes('availability')).map((c) => `iso27001:${c.id}`));
  });

  it('lists every Annex A control of both standards by default, and clauses on request', async () => {
    const all = await runCli(['catalog']);
    // The EU AI Act articles (33) and AI RMF subcategories (72) are bundled catalogs too (docs/ai-act.md).
    expect(listed(all.stdout)).toHaveLength(annex27001.length + annex42001.length + 33 + 72);
    const clauses = await runCli(['catalog', '--clauses', '--standard', 'iso27001:2022', '-f', 'json']);
    const ids = (JSON.parse(clauses.stdout) as { entries: { ref: string }[] }).entries.map((e) => e.ref.slice('iso27001:'.length));
    expect(ids.sort()).toEqual(readReference('iso27001-2022-clauses.csv').map((c) => c.id).sort());
  });

  it('shows one control with summary, theme, attributes and crosswalk relations', async () => {
    const r = await runCli(['catalog', 'A.8.15']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('iso27001:A.8.15  Logging');
    expect(lines).toContain('  theme                    A.8 Technological controls');
    expect(lines).toContain('  controlType              detective');
    expect(lines.find((l) => l.startsWith('  summary'))).toMatch(/^ {2}summary {18}\S/);
    expect(lines).toContain('  intersects-with  iso42001:A.6.2.8 AI system recording of event logs');
    const json = JSON.parse((await runCli(['catalog', 'iso42001:6.1.4', '-f', 'json'])).stdout) as { type: string; unmatched?: string };
    expect(json.type).toBe('clause');
    expect(json.unmatched).toBeTruthy();
  });

  it('refuses unknown refs and standards with one line and exit 2', async () => {
    expect(await runCli(['catalog', 'iso27001:A.8.155'])).toMatchObject({ code: 2, stdout: '', stderr: 'annexa: unknown catalog ref "iso27001:A.8.155" (did you mean "iso27001:A.8.15"?)\n' });
    expect(await runCli(['catalog', 'A.5.2'])).toMatchObject({ code: 2, stderr: 'annexa: unknown catalog ref "A.5.2" (refs name their catalog: iso27001:A.5.2 or iso42001:A.5.2)\n' });
    expect(await runCli(['catalog', '--standard', 'iso9001'])).toMatchObject({ code: 2, stderr: 'annexa: unknown --standard "iso9001"; use one of iso27001, iso42001, euaiact, nist-ai-rmf\n' });
  });

  it('includes a repository\'s own catalogs with --dir', async () => {
    const dir = makeRepo({
      'annexa.yaml': 'apiVersion: annexa/v1\nkind: Config\ncatalogs: [acme.yaml]\n',
      'acme.yaml': 'apiVersion: annexa/v1\nkind: Catalog\nmetadata: { id: acme, title: Acme controls }\nspec:\n  controls:\n    - { id: SEC-12, title: Secrets rotation }\n',
    });
    const r = await runCli(['catalog', '--standard', 'acme', '-d', dir]);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(listed(r.stdout)).toEqual(['acme:SEC-12  Secrets rotation']);
  });
});
