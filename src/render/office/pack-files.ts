import type { PipelineResult } from '../../pipeline.js';
import type { PackFile } from '../render-pack.js';
import { buildOfficeView } from './office-view.js';
import type { OfficeWriter } from './office-pair.js';

/** Where the pack keeps the files auditors open in Excel and Word. */
export const PACK_XLSX = 'soa.xlsx';
export const PACK_DOCX = 'audit-pack.docx';

/**
 * The pack's workbook (SoA per standard, coverage, risks, AI inventory, cover sheet) and its Word document
 * (document control, pack summary, SoA tables), written by `writer` (a thread beside page rendering: startOfficeWriter).
 * `pack` hands the writer the view as soon as the records are analysed; otherwise it gets it here. `htmlPages` are
 * the pack's HTML page files, which the Word summary lists. exceljs and docx load only on use.
 */
export async function officePackFiles(result: PipelineResult, htmlPages: string[], opts: { date: string; toolVersion: string; sourceCommit?: string }, writer: OfficeWriter): Promise<PackFile[]> {
  const count = (s: string) => result.findings.filter((f) => f.severity === s).length;
  const pack = {
    findings: { errors: count('error'), warnings: count('warning'), infos: count('info') },
    pages: htmlPages.map((file) => ({ title: file.replace(/\.html$/, ''), file })),
  };
  if (!writer.begun) writer.begin(buildOfficeView(result, opts));
  const files = await writer.finish(pack);
  return [
    { path: PACK_XLSX, content: files.xlsx },
    { path: PACK_DOCX, content: files.docx },
  ];
}
