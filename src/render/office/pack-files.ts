import type { PipelineResult } from '../../pipeline.js';
import type { PackFile } from '../render-pack.js';
import { officeFile } from './office-file.js';

/** Where the pack keeps the files auditors open in Excel and Word. */
export const PACK_XLSX = 'soa.xlsx';
export const PACK_DOCX = 'audit-pack.docx';

/**
 * The pack's workbook (SoA per standard, coverage, risks, AI inventory, cover sheet) and its Word document
 * (document control, pack summary, SoA tables). exceljs and docx load only here, on use.
 */
export async function officePackFiles(result: PipelineResult, pages: PackFile[], opts: { date: string; toolVersion: string; sourceCommit?: string }): Promise<PackFile[]> {
  const count = (s: string) => result.findings.filter((f) => f.severity === s).length;
  const pack = {
    findings: { errors: count('error'), warnings: count('warning'), infos: count('info') },
    pages: pages.filter((p) => p.path.endsWith('.html')).map((p) => ({ title: p.path.replace(/\.html$/, ''), file: p.path })),
  };
  return [
    { path: PACK_XLSX, content: await officeFile('xlsx', result, opts) },
    { path: PACK_DOCX, content: await officeFile('docx', result, { ...opts, pack }) },
  ];
}
