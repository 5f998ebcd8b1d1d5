import path from 'node:path';
import { runPipeline } from '../pipeline.js';
import { aiRmfProfile } from '../analysis/ai-rmf.js';
import { aiRmfCsv, aiRmfJson, aiRmfMarkdown, type AiRmfReport } from '../report/ai-rmf/formats.js';
import { parseToday } from './lint.js';
import { emit } from './outputs.js';
import type { CliIo } from './io.js';
import { toolVersion } from './version.js';

export interface AiRmfOptions {
  format: 'json' | 'markdown' | 'csv';
  output?: string;
  config?: string;
  today?: string;
}

/** `annexa ai-rmf [dir]`: the NIST AI RMF profile answered from the ISO/IEC 42001 implementation, for questionnaires. */
export async function runAiRmf(dir: string, opts: AiRmfOptions, io: CliIo): Promise<number> {
  const today = parseToday(opts.today);
  const result = await runPipeline({ root: path.resolve(io.cwd, dir), scope: 'validate', today, configPath: opts.config });
  const report: AiRmfReport = { toolVersion: toolVersion(), date: today, organization: result.config.organization, rows: aiRmfProfile(result.model, result.catalogs) };
  await emit(io, opts, { json: aiRmfJson, markdown: aiRmfMarkdown, csv: aiRmfCsv }[opts.format](report));
  return 0;
}
