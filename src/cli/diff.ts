import path from 'node:path';
import type { CliIo } from './io.js';
import { emit } from './outputs.js';
import { toolVersion } from './version.js';
import { runPipeline } from '../pipeline.js';
import { todayUtc } from '../util/dates.js';
import { UsageError } from '../core/errors.js';
import { diffModels, type ModelSnapshot } from '../analysis/diff-model.js';
import { loadAtRevision } from '../git/model-at-revision.js';
import { DIFF_RENDERERS } from '../report/diff/registry.js';
import type { DiffSide } from '../report/diff/types.js';

export interface DiffOptions {
  dir: string;
  format: 'text' | 'markdown' | 'json';
  output?: string;
  config?: string;
}

/**
 * `annexa diff FROM [TO]`: loads the governance model at FROM and at TO (the working tree when
 * TO is absent) and reports what changed. Exit 0; a bad revision is a usage error (exit 2).
 */
export async function runDiff(from: string, to: string | undefined, opts: DiffOptions, io: CliIo): Promise<number> {
  const render = DIFF_RENDERERS[opts.format];
  if (!render) throw new UsageError(`unknown format "${opts.format}"; use one of ${Object.keys(DIFF_RENDERERS).join(', ')}`);
  const root = path.resolve(io.cwd, opts.dir ?? '.');
  // Ages are not compared, so the date only has to be the same on both sides.
  const load = { today: todayUtc(), scope: 'validate' as const, configPath: opts.config };
  const before = await loadAtRevision(root, from, load);
  let after: ModelSnapshot & { side: DiffSide };
  if (to !== undefined) {
    const rev = await loadAtRevision(root, to, load);
    after = { model: rev.result.model, analysis: rev.analysis, side: { rev: to, commit: rev.revision.commit, short: rev.revision.short } };
  } else {
    const result = await runPipeline({ root, ...load });
    after = { model: result.model, analysis: result.analysis(), side: { rev: null, commit: null, short: null } };
  }
  const diff = diffModels({ model: before.result.model, analysis: before.analysis }, after);
  const fromSide: DiffSide = { rev: from, commit: before.revision.commit, short: before.revision.short };
  await emit(io, { output: opts.output }, render({ toolVersion: toolVersion(), from: fromSide, to: after.side, diff }));
  return 0;
}
