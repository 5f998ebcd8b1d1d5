import type { PipelineResult } from '../../pipeline.js';
import type { StandardAnalysis } from '../../analysis/analyze.js';
import { buildOfficeView } from './office-view.js';
import { soaWorkbook } from './xlsx.js';
import { soaDocument, type PackSummary } from './docx.js';

/** The two office formats annexa writes, as a registry: name -> bytes of the SoA file. */
export async function officeFile(
  format: 'xlsx' | 'docx',
  result: PipelineResult,
  opts: { date: string; toolVersion: string; sourceCommit?: string; standards?: StandardAnalysis[]; pack?: PackSummary },
): Promise<Buffer> {
  const view = buildOfficeView(result, opts);
  return format === 'xlsx' ? soaWorkbook(view) : soaDocument(view, opts.pack);
}
