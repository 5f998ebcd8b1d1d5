import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { Workbook, Worksheet } from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { ACME, cleanupRepos, makeRepo } from '../helpers/repo.js';
import { control } from '../rules/records.js';
import { runPipeline } from '../../src/pipeline.js';
import { collectGitFacts } from '../../src/git/collect.js';
import { officeFile } from '../../src/render/office/office-file.js';
import { safeText } from '../../src/render/office/xlsx.js';

const require = createRequire(import.meta.url);
const ExcelJS = require('exceljs') as { Workbook: new () => Workbook; ValueType: { Formula: number } };

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- SoA JSON read back
const DATE = '2026-11-30';
let soa: Json;
let xlsx: Buffer;
let docx: Buffer;
let again: { xlsx: Buffer; docx: Buffer };
let wb: Workbook;

afterAll(cleanupRepos);

beforeAll(async () => {
  const json = await runCli(['soa', ACME, '--format', 'json', '--today', DATE]);
  soa = JSON.parse(json.stdout);
  const out = makeRepo({});
  expect(await runCli(['soa', ACME, '-f', 'xlsx', '-o', path.join(out, 'soa.xlsx'), '--today', DATE])).toMatchObject({ code: 0, stderr: '' });
  expect(await runCli(['soa', ACME, '-f', 'docx', '-o', path.join(out, 'soa.docx'), '--today', DATE])).toMatchObject({ code: 0, stderr: '' });
  xlsx = readFileSync(path.join(out, 'soa.xlsx'));
  docx = readFileSync(path.join(out, 'soa.docx'));
  // A second, separate pipeline run: the bytes must not depend on the clock or on randomness.
  const result = await runPipeline({ root: ACME, scope: 'validate', today: DATE });
  const opts = { date: DATE, sourceCommit: (await collectGitFacts(ACME)).facts?.head, toolVersion: JSON.parse(readFileSync(path.join(ACME, '../../package.json'), 'utf8')).version };
  again = { xlsx: await officeFile('xlsx', result, opts), docx: await officeFile('docx', result, opts) };
  wb = new ExcelJS.Workbook();
  await wb.xlsx.load(new Uint8Array(xlsx).buffer);
}, 120_000);

const dataRows = (ws: Worksheet): string[][] => {
  const rows: string[][] = [];
  ws.eachRow((row, n) => {
    if (n > 1) rows.push((row.values as unknown[]).slice(1).map((v) => (v === undefined || v === null ? '' : String(v))));
  });
  return rows;
};

describe('the SoA workbook (soa --format xlsx)', () => {
  it('has 93 rows in the 27001 SoA sheet and 38 in the 42001 sheet, with the statuses and applicability of soa --format json', () => {
    for (const [sheet, catalog, n] of [['SoA iso27001', 'iso27001', 93], ['SoA iso42001', 'iso42001', 38]] as const) {
      const rows = dataRows(wb.getWorksheet(sheet)!);
      expect(rows).toHaveLength(n);
      const controls: Json[] = soa.standards.find((s: Json) => s.catalog === catalog).controls;
      expect(rows.map((r) => [`${catalog}:${r[0]}`, r[4], r[3]])).toEqual(
        controls.map((c) => [c.ref, c.status, c.applicable === null ? 'undecided' : c.applicable ? 'yes' : 'no']),
      );
    }
  });

  it('carries each control\'s reason and owner', () => {
    const rows = dataRows(wb.getWorksheet('SoA iso27001')!);
    const a51 = rows.find((r) => r[0] === 'A.5.1')!;
    expect(a51[6]).toBe('Priya Raman (CISO)');
    expect(a51[5]).toContain('the single policy avoids conflicting commitments');
    const excluded: Json[] = soa.standards[0].controls.filter((c: Json) => c.status === 'not-applicable');
    for (const c of excluded) expect(rows.find((r) => `iso27001:${r[0]}` === c.ref)![5]).toBe(c.exclusion.join(' / '));
  });

  it('coverage figures equal soa --format json', () => {
    const rows = dataRows(wb.getWorksheet('Coverage')!);
    for (const s of soa.standards as Json[]) {
      const o = s.coverage.overall;
      const row = rows.find((r) => r[0] === s.title && r[1] === 'all')!;
      expect(row.slice(2).map(Number)).toEqual([o.total, o.applicable, o.implemented, o.inProgress, o.planned, o.noDecision, o.excluded, o.percentImplemented]);
    }
  });

  it('has a cover sheet, the risk register and the AI inventory', () => {
    const cover = dataRows(wb.getWorksheet('Cover')!).map((r) => r[0]);
    expect(cover).toEqual(expect.arrayContaining(['Organisation', 'Scope', 'Run date', 'Source commit', 'Document control', 'Version', 'Owner', 'Approver', 'Approval date', 'Classification']));
    const coverSheet = wb.getWorksheet('Cover')!;
    expect(coverSheet.getCell('B4').value).toBe(DATE);
    // Document control from examples/acme-health/annexa.yaml.
    expect([9, 10, 11, 12, 13].map((r) => coverSheet.getCell(r, 2).value)).toEqual(['4.0', 'Priya Raman (CISO)', 'Dr. Lena Hartmann (CEO)', '2026-10-15', 'Confidential']);
    expect(dataRows(wb.getWorksheet('Risk register')!)).toHaveLength(22);
    expect(dataRows(wb.getWorksheet('AI inventory')!).map((r) => r[0])).toEqual(['ai-code-assistant', 'ai-symptom-chat', 'ai-triage']);
  });

  it('freezes and filters the header row, and restricts status cells to the SoA statuses', () => {
    const ws = wb.getWorksheet('SoA iso27001')!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBeTruthy();
    expect(ws.getColumn(2).width).toBeGreaterThan(20);
    for (let r = 2; r <= 94; r++) {
      expect(ws.getCell(r, 5).dataValidation).toMatchObject({ type: 'list', formulae: ['"planned,in-progress,implemented,not-applicable,no-decision"'] });
    }
  });

  it('aligns every cell to the top, wraps the wide text columns only, and bolds the header row alone', () => {
    for (const name of ['SoA iso27001', 'Risk register', 'AI inventory']) {
      const ws = wb.getWorksheet(name)!;
      const widths = (ws.columns ?? []).map((c) => c.width ?? 0);
      ws.eachRow({ includeEmpty: false }, (row, n) => {
        row.eachCell({ includeEmpty: true }, (cell, col) => {
          expect(cell.alignment?.vertical, `${name} ${cell.address}`).toBe('top');
          expect(!!cell.alignment?.wrapText, `${name} ${cell.address}`).toBe(widths[col - 1]! >= 40);
          expect(!!cell.font?.bold, `${name} ${cell.address}`).toBe(n === 1);
        });
      });
      expect(widths.some((w) => w >= 40) && widths.some((w) => w < 40)).toBe(true);
    }
  });

  it('has no formula cell and no text a spreadsheet could run as one', () => {
    let cells = 0;
    wb.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          cells++;
          expect(cell.type, cell.address).not.toBe(ExcelJS.ValueType.Formula);
          if (typeof cell.value === 'string') expect(cell.value, `${ws.name}!${cell.address}`).not.toMatch(/^[=+\-@]/);
        }),
      ),
    );
    expect(cells).toBeGreaterThan(1000);
    expect(safeText('=HYPERLINK("http://x")')).toBe('\'=HYPERLINK("http://x")');
    expect(safeText('-1+1')).toBe("'-1+1");
    expect(safeText('plain')).toBe('plain');
  });

  it('is byte-identical across runs', () => {
    expect(again.xlsx.equals(xlsx)).toBe(true);
  });
});

describe('the Word SoA (soa --format docx)', () => {
  it('holds the document-control table and 93 + 38 control rows', async () => {
    const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');
    const tables = [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((m) => m[1]!);
    expect(tables).toHaveLength(3);
    const rows = (t: string) => [...t.matchAll(/<w:tr[ >]([\s\S]*?)<\/w:tr>/g)].map((m) => [...m[1]!.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((x) => x[1]));
    expect(rows(tables[0]!).map((r) => r[0])).toEqual(['Field', 'Version', 'Owner', 'Approver', 'Approval date', 'Classification', 'Organisation', 'Run date', 'Source commit', 'Generated by']);
    const r27 = rows(tables[1]!).slice(1);
    const r42 = rows(tables[2]!).slice(1);
    expect(r27).toHaveLength(93);
    expect(r42).toHaveLength(38);
    expect(r27.map((r) => `iso27001:${r[0]}`)).toEqual(soa.standards[0].controls.map((c: Json) => c.ref));
    expect(xml).toContain('Document control');
  });

  it('keeps non-ASCII text and is byte-identical across runs', async () => {
    expect(again.docx.equals(docx)).toBe(true);
    const root = makeRepo({
      'annexa.yaml': 'apiVersion: annexa/v1\nkind: Config\norganization: "Zürich Gesundheit AG — Ærø"\nstandards: [iso42001:2023]\ndocumentControl: {owner: "Renée Müller (CISO)", approver: "Łukasz Żółć", approvalDate: "2026-10-01", classification: Vertraulich}\n',
      'c.yaml': control('ctl-ki', ['iso42001:A.2.2'], 'implemented', '  owner: "Søren Ångström"\n  justification: "Grundsatz für KI – genehmigt 🚀"\n'),
    });
    const out = path.join(root, 'out');
    expect(await runCli(['soa', root, '-f', 'docx', '-o', path.join(out, 'soa.docx'), '--today', DATE])).toMatchObject({ code: 0 });
    const xml = await (await JSZip.loadAsync(readFileSync(path.join(out, 'soa.docx')))).file('word/document.xml')!.async('string');
    for (const s of ['Zürich Gesundheit AG — Ærø', 'Renée Müller (CISO)', 'Łukasz Żółć', 'Vertraulich', 'Søren Ångström', 'Grundsatz für KI – genehmigt 🚀']) expect(xml).toContain(s);
    expect(await runCli(['soa', root, '-f', 'xlsx', '-o', path.join(out, 'soa.xlsx'), '--today', DATE])).toMatchObject({ code: 0 });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array(readFileSync(path.join(out, 'soa.xlsx'))).buffer);
    expect(dataRows(book.getWorksheet('SoA iso42001')!).find((r) => r[0] === 'A.2.2')!.slice(5, 7)).toEqual(['Grundsatz für KI – genehmigt 🚀', 'Søren Ångström']);
  });

  it('needs --output: binary files never go to a terminal', async () => {
    expect(await runCli(['soa', ACME, '-f', 'xlsx'])).toMatchObject({ code: 2, stderr: 'annexa: --format xlsx writes a binary file; name it with --output\n' });
  });
});

describe('zip entries (normalizeZip)', () => {
  it('are dated the run date at midnight UTC and give the same bytes in every time zone', async () => {
    const { normalizeZip } = await import('../../src/render/office/zip.js');
    const input = new JSZip();
    input.file('b.xml', '<b/>');
    input.file('[Content_Types].xml', '<Types/>');
    const raw = await input.generateAsync({ type: 'uint8array' });
    const saved = process.env.TZ;
    const byZone: Buffer[] = [];
    try {
      for (const tz of ['UTC', 'Pacific/Auckland', 'America/Los_Angeles']) {
        process.env.TZ = tz;
        byZone.push(await normalizeZip(raw, '2026-11-23'));
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
    expect(byZone[1]!.equals(byZone[0]!)).toBe(true);
    expect(byZone[2]!.equals(byZone[0]!)).toBe(true);
    const out = await JSZip.loadAsync(byZone[0]!);
    expect(Object.keys(out.files)).toEqual(['[Content_Types].xml', 'b.xml']);
    // DOS time fields at offsets 10-13 of the first local header: 00:00:00 on 2026-11-23.
    const dosTime = byZone[0]!.readUInt16LE(10);
    const dosDate = byZone[0]!.readUInt16LE(12);
    expect([dosTime, (dosDate >> 9) + 1980, (dosDate >> 5) & 15, dosDate & 31]).toEqual([0, 2026, 11, 23]);
    expect(await out.file('b.xml')!.async('string')).toBe('<b/>');
  });
});
