import path from 'node:path';
import { runPipeline } from '../pipeline.js';
import { clauseReadiness } from '../analysis/clause-readiness.js';
import { CLAUSES_FORMATS } from '../report/clauses/registry.js';
import type { ClausesFormat, ClausesView } from '../report/clauses/view.js';
import { UsageError } from '../core/errors.js';
import { parseToday } from './lint.js';
import { emit } from './outputs.js';
import type { CliIo } from './io.js';
import { toolVersion } from './version.js';

export interface ClausesOptions {
  format: ClausesFormat;
  output?: string;
  config?: string;
  standard?: string[];
  today?: string;
}

/** `annexa clauses`: clause 4-10 readiness per standard in scope. Exit 0; failing is clause-unaddressed's job in check. */
export async function runClauses(dir: string, opts: ClausesOptions, io: CliIo): Promise<number> {
  const today = parseToday(opts.today);
  const result = await runPipeline({ root: path.resolve(io.cwd, dir), scope: 'validate', today, configPath: opts.config });
  let standards = clauseReadiness(result.model, result.catalogs, result.config);
  if (opts.standard?.length) {
    const known = standards.map((s) => s.catalog);
    for (const s of opts.standard) if (!known.includes(s.split(':')[0]!)) throw new UsageError(`unknown --standard "${s}"; use one of ${known.join(', ')}`);
    standards = standards.filter((s) => opts.standard!.some((x) => x.split(':')[0] === s.catalog));
  }
  const view: ClausesView = { toolVersion: toolVersion(), date: today, organization: result.config.organization, standards };
  await emit(io, opts, CLAUSES_FORMATS[opts.format](view));
  const errors = result.findings.filter((f) => f.severity === 'error').length;
  if (errors > 0) io.stderr.write(`annexa: ${errors} record error${errors === 1 ? '' : 's'} left records out of the clause readiness; run annexa validate\n`);
  return 0;
}
