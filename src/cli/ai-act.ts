import path from 'node:path';
import { runPipeline } from '../pipeline.js';
import { aiActView } from '../analysis/ai-act.js';
import { loadObligations } from '../catalog/ai-act-obligations.js';
import { UsageError } from '../core/errors.js';
import { didYouMean } from '../util/did-you-mean.js';
import { aiActJson } from '../report/ai-act/json.js';
import { aiActMarkdown } from '../report/ai-act/markdown.js';
import { aiActText } from '../report/ai-act/text.js';
import type { AiActReport } from '../report/ai-act/view.js';
import { parseToday } from './lint.js';
import { emit } from './outputs.js';
import type { CliIo } from './io.js';
import { toolVersion } from './version.js';

export interface AiActOptions {
  format: 'text' | 'markdown' | 'json';
  dir: string;
  output?: string;
  config?: string;
  today?: string;
}

/** `annexa ai-act [system]`: the EU AI Act articles each AI system owes and what the repository holds for them. */
export async function runAiAct(system: string | undefined, opts: AiActOptions, io: CliIo): Promise<number> {
  const today = parseToday(opts.today);
  const result = await runPipeline({ root: path.resolve(io.cwd, opts.dir), scope: 'validate', today, configPath: opts.config });
  if (system && !result.model.get('AISystem', system)) {
    const ids = result.model.list('AISystem').map((s) => s.metadata.id);
    const hint = didYouMean(system, ids);
    throw new UsageError(`unknown AI system "${system}"${hint ? ` (did you mean "${hint}"?)` : ids.length ? `; the inventory has ${ids.join(', ')}` : '; the inventory is empty'}`);
  }
  const report: AiActReport = { toolVersion: toolVersion(), date: today, organization: result.config.organization, source: loadObligations().source, systems: aiActView(result.model, result.catalogs, today, system) };
  await emit(io, opts, { json: aiActJson, markdown: aiActMarkdown, text: aiActText }[opts.format](report));
  return 0;
}
