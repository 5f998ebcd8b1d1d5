import path from 'node:path';
import { runPipeline } from '../pipeline.js';
import { filterAnalysis, type SoaView } from '../report/soa/view.js';
import { soaCsv } from '../report/soa/csv.js';
import { soaJson } from '../report/soa/json.js';
import { soaMarkdown } from '../report/soa/markdown.js';
import { soaText } from '../report/soa/text.js';
import { collectGitFacts } from '../git/collect.js';
import { parseToday } from './lint.js';
import { emit } from './outputs.js';
import { useColor, type CliIo } from './io.js';
import { toolVersion } from './version.js';
import { UsageError } from '../core/errors.js';
import type { Analysis } from '../analysis/analyze.js';
import { CONTROL_STATUSES } from '../model/types.js';

// Listed from most to least advanced, as the SoA reads; the set itself comes from the model.
const STATUSES: string[] = [...CONTROL_STATUSES.filter((s) => s !== 'not-applicable').reverse(), 'not-applicable', 'no-decision'];

/** A filter that can match nothing is a typo: say so rather than print an empty SoA. */
function checkFilters(a: Analysis, opts: SoaOptions): void {
  const bad = (what: string, value: string, allowed: string[]) => new UsageError(`unknown ${what} "${value}"; use one of ${allowed.join(', ')}`);
  const catalogs = a.standards.map((s) => s.catalog);
  for (const s of opts.standard ?? []) if (!catalogs.includes(s.split(':')[0]!)) throw bad('--standard', s, catalogs);
  const groups = [...new Set(a.standards.flatMap((s) => s.coverage.groups.map((g) => g.id)))];
  for (const t of opts.theme ?? []) if (!groups.includes(t)) throw bad('--theme', t, groups);
  for (const s of opts.status ?? []) if (!STATUSES.includes(s)) throw bad('--status', s, STATUSES);
}

export interface SoaOptions {
  format: 'text' | 'markdown' | 'json' | 'csv' | 'xlsx' | 'docx';
  output?: string;
  config?: string;
  standard?: string[];
  theme?: string[];
  status?: string[];
  today?: string;
  /** Start CSV with a UTF-8 byte order mark. */
  bom?: boolean;
}

/** `annexa soa`: the Statement of Applicability per standard in scope. Exit 0; findings are check's job. */
export async function runSoa(dir: string, opts: SoaOptions, io: CliIo): Promise<number> {
  const today = parseToday(opts.today);
  if (opts.bom && opts.format !== 'csv') throw new UsageError('--bom applies to --format csv only');
  const binary = opts.format === 'xlsx' || opts.format === 'docx';
  if (binary && (!opts.output || opts.output === '-')) throw new UsageError(`--format ${opts.format} writes a binary file; name it with --output`);
  const root = path.resolve(io.cwd, dir);
  const git = await collectGitFacts(root);
  const result = await runPipeline({ root, scope: 'validate', today, configPath: opts.config, git: git.facts });
  checkFilters(result.analysis(), opts);
  const analysis = filterAnalysis(result.analysis(), opts);
  if (binary) {
    const { officeFile } = await import('../render/office/office-file.js');
    await emit(io, opts, await officeFile(opts.format as 'xlsx' | 'docx', result, { date: today, toolVersion: toolVersion(), sourceCommit: git.facts?.head, standards: analysis.standards }));
    return 0;
  }
  const view: SoaView = { toolVersion: toolVersion(), date: today, organization: result.config.organization, standards: analysis.standards, integrated: analysis.integrated };
  const render = { csv: (v: SoaView) => soaCsv(v, { bom: opts.bom }), json: soaJson, markdown: soaMarkdown, text: (v: SoaView) => soaText(v, !opts.output && useColor(io)) }[opts.format as 'csv' | 'json' | 'markdown' | 'text'];
  await emit(io, opts, render(view));
  const errors = result.findings.filter((f) => f.severity === 'error').length;
  if (errors > 0) io.stderr.write(`annexa: ${errors} record error${errors === 1 ? '' : 's'} left records out of the SoA; run annexa validate\n`);
  return 0;
}
