import path from 'node:path';
import { stringify } from 'yaml';
import { runPipeline } from '../pipeline.js';
import { collectGitFacts } from '../git/collect.js';
import { UsageError } from '../core/errors.js';
import { OSCAL_MODELS, OSCAL_MODEL_NAMES, type OscalModel } from '../report/oscal/registry.js';
import { toJson } from '../report/oscal/common.js';
import { parseToday } from './lint.js';
import { emit } from './outputs.js';
import { toolVersion } from './version.js';
import type { CliIo } from './io.js';

export interface ExportOptions {
  model?: string;
  catalog?: string;
  format: 'json' | 'yaml';
  output?: string;
  config?: string;
  date?: string;
  failOn: 'error' | 'warning' | 'never';
}

/** `annexa export oscal`: one OSCAL 1.2 document (JSON or YAML) of the repository. Exit 0, or 2. */
export async function runExport(target: string, dir: string, opts: ExportOptions, io: CliIo): Promise<number> {
  if (target !== 'oscal') throw new UsageError(`unknown export target "${target}"; use oscal`);
  if (!opts.model || !OSCAL_MODEL_NAMES.includes(opts.model as OscalModel)) {
    throw new UsageError(`--model must be one of ${OSCAL_MODEL_NAMES.join(', ')}${opts.model ? ` (got "${opts.model}")` : ''}`);
  }
  const date = parseToday(opts.date);
  const root = path.resolve(io.cwd, dir);
  // Only assessment results need the check run's git facts (evidence ages); the rest stay git-free and fast.
  const git = opts.model === 'assessment-results' ? (await collectGitFacts(root)).facts : undefined;
  const result = await runPipeline({ root, scope: opts.model === 'assessment-results' ? 'check' : 'validate', today: date, configPath: opts.config, git });
  const doc = OSCAL_MODELS[opts.model as OscalModel]({
    result,
    ctx: { date, toolVersion: toolVersion(), organization: result.config.organization },
    catalog: opts.catalog,
    failOn: opts.failOn,
    sourceCommit: git?.head,
  });
  await emit(io, opts, opts.format === 'yaml' ? stringify(doc, { lineWidth: 0 }) : toJson(doc));
  return 0;
}
