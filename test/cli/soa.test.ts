import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { ACME, cleanupRepos, makeRepo } from '../helpers/repo.js';

afterAll(cleanupRepos);

describe('annexa soa', () => {
  it('filters by standard, theme and status', async () => {
    const r = await runCli(['soa', ACME, '--format', 'csv', '--standard', 'iso27001:2022', '--theme', 'A.7', '--status', 'not-applicable']);
    const rows = r.stdout.trimEnd().split('\r\n').slice(1);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatch(/^iso27001:A\.7\.\d+,iso27001:2022,A\.7 Physical controls,("[^"]*"|[^,]+),no,/);
  });

  it('CSV for auditors: spreadsheet headers, organisation and date on every row, --bom for Excel', async () => {
    const r = await runCli(['soa', ACME, '--format', 'csv', '--today', '2026-11-23', '--theme', 'A.7']);
    const [header, ...rows] = r.stdout.trimEnd().split('\r\n');
    expect(header).toBe('Control,Standard,Theme or area,Title,Applicable,Justification,Status,Implemented by,Evidence,Related controls,Implementation,Owner,Provider,AI systems,Organisation,SoA date');
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.endsWith(',Acme Health GmbH,2026-11-23')).toBe(true);
    expect(r.stdout.charCodeAt(0)).not.toBe(0xfeff);
    const bom = await runCli(['soa', ACME, '--format', 'csv', '--today', '2026-11-23', '--bom']);
    expect(bom.stdout.charCodeAt(0)).toBe(0xfeff);
    expect(bom.stdout.slice(1)).toBe((await runCli(['soa', ACME, '--format', 'csv', '--today', '2026-11-23'])).stdout);
    expect(await runCli(['soa', ACME, '--bom'])).toMatchObject({ code: 2, stderr: 'annexa: --bom applies to --format csv only\n' });
  });

  it('refuses filters that can match nothing', async () => {
    expect(await runCli(['soa', ACME, '--status', 'done'])).toMatchObject({ code: 2, stderr: 'annexa: unknown --status "done"; use one of implemented, in-progress, planned, not-applicable, no-decision\n' });
    expect((await runCli(['soa', ACME, '--standard', 'iso9001'])).stderr).toMatch(/^annexa: unknown --standard "iso9001"; use one of iso27001, iso42001/);
    expect((await runCli(['soa', ACME, '--theme', 'A.11'])).code).toBe(2);
  });

  it('markdown and text outputs carry coverage and every control', async () => {
    const md = await runCli(['soa', ACME, '--format', 'markdown', '--today', '2026-11-23']);
    expect(md.stdout).toContain('| all | 93 | 77 |');
    expect(md.stdout.match(/^\| iso42001:A\./gm)).toHaveLength(38);
    const text = await runCli(['soa', ACME]);
    expect(text.stdout).toMatch(/^ISO\/IEC 27001:2022 {2}92% implemented: 80 of 87 \(87 applicable, 0 undecided; 3 provided by a third party\), 6 excluded/m);
  });
});

describe('empty folders', () => {
  it('validate passes but says that it found no records', async () => {
    const r = await runCli(['validate', makeRepo({ 'README.md': '# nothing here\n' })]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^annexa: no record files found in .* \(include: \*\*\/\*\.yaml, \*\*\/\*\.yml\)\n$/);
  });
});

describe('checking a subfolder by mistake', () => {
  it('says where the configuration is', async () => {
    const root = makeRepo({ 'annexa.yaml': 'apiVersion: annexa/v1\nkind: Config\n', 'controls/c.yaml': 'apiVersion: annexa/v1\nkind: Policy\nmetadata: {id: p, title: t}\nspec: {}\n' });
    const r = await runCli(['validate', 'controls'], root);
    expect(r.stderr).toBe('annexa: no annexa.yaml in controls, but . has one: check that folder to use its configuration\n');
  });
});
