import path from 'node:path';
import { runPipeline } from '../pipeline.js';
import { ruleMetas } from '../rules/registry.js';
import { REPORTERS, formatNames } from '../report/reporters/registry.js';
import type { ReportData } from '../report/reporters/types.js';
import { exitCodeFor, type FailOn } from '../report/exit-code.js';
import { newAgainst, readBaseline } from '../report/baseline.js';
import { UsageError } from '../core/errors.js';
import { isIsoDate, todayUtc } from '../util/dates.js';
import { uncommittedEvidenceNote } from '../git/notes.js';
import { parentConfigDir } from '../config/parent-config.js';
import { emit, pairOutputs } from './outputs.js';
import { useColor, type CliIo } from './io.js';
import { toolVersion } from './version.js';
import { createProgress } from '../render/progress.js';

export interface LintOptions {
  format?: string[];
  output?: string[];
  config?: string;
  failOn: string;
  today?: string;
  baseline?: string;
  changedSince?: string;
  quiet?: boolean;
}

/** `annexa validate` and `annexa check`: run the pipeline, report in every requested format, decide the exit code. */
export async function runLint(command: 'validate' | 'check', dir: string | undefined, opts: LintOptions, io: CliIo): Promise<number> {
  const targets = pairOutputs(opts.format ?? [], opts.output ?? [], formatNames());
  const failOn = parseFailOn(opts.failOn);
  const today = parseToday(opts.today);
  const root = path.resolve(io.cwd, dir ?? '.');
  // A status line on a terminal only (never in CI logs or pipes); cleared before any output.
  const progress = createProgress(io, !!opts.quiet);
  if (command === 'check') progress.update('annexa check: reading git history');
  // validate needs no git facts; simple-git is loaded only for check.
  const git = command === 'check' ? await (await import('../git/collect.js')).collectGitFacts(root) : { notes: [] };
  const result = await runPipeline({ root, scope: command, today, configPath: opts.config, git: git.facts, progress: (m) => progress.update(`annexa ${command}: ${m}`) }).finally(() => progress.done());
  // Notes come after the pipeline, so a config error (exit 2) stays the one line it should be.
  const uncommitted = uncommittedEvidenceNote(result.model, git.facts);
  if (!opts.quiet) for (const note of [...git.notes, ...(uncommitted ? [uncommitted] : [])]) io.stderr.write(`annexa: ${note}\n`);
  const parent = !result.config.file && !opts.quiet ? parentConfigDir(root) : undefined;
  if (parent) io.stderr.write(`annexa: no annexa.yaml in ${dir ?? '.'}, but ${path.relative(io.cwd, parent) || '.'} has one: check that folder to use its configuration\n`);
  if (!opts.quiet && result.model.records.length === 0 && result.sources.size <= (result.config.file ? 1 : 0)) {
    io.stderr.write(`annexa: no record files found in ${dir ?? '.'} (include: ${(result.config.include ?? ['**/*.yaml', '**/*.yml']).join(', ')})\n`);
  }
  let findings = result.findings;
  if (opts.changedSince) {
    const { filterChangedSince } = await import('../git/changed-since.js');
    const changed = await filterChangedSince(opts.changedSince, result, today);
    if (!opts.quiet) for (const note of changed.notes) io.stderr.write(`annexa: ${note}\n`);
    findings = changed.findings;
  }
  if (opts.baseline) {
    const base = path.resolve(io.cwd, opts.baseline);
    // Writing the filtered result over its own baseline would silently forget every accepted finding.
    if ((opts.output ?? []).some((o) => path.resolve(io.cwd, o) === base)) throw new UsageError(`--output ${opts.baseline} would overwrite the baseline it is compared with; write the new result elsewhere`);
    const all = findings.length;
    findings = newAgainst(findings, await readBaseline(base));
    if (!opts.quiet && all > findings.length) io.stderr.write(`annexa: ${all - findings.length} finding${all - findings.length === 1 ? '' : 's'} in the baseline not shown (${findings.length} new)\n`);
  }
  const data: ReportData = {
    command,
    toolVersion: toolVersion(),
    findings,
    rules: ruleMetas().filter((r) => command === 'check' || r.scope === 'validate'),
    controls: command === 'check' ? result.analysis().standards.flatMap((s) => s.soa.map((e) => ({ ref: e.ref, title: e.title, standard: s.standard, status: e.status, records: [...e.implementedBy.map((i) => `Control/${i.id}`), ...e.evidence.map((v) => `Evidence/${v.id}`)] }))) : [],
    stats: { files: result.sources.size, records: result.model.records.length, skipped: result.skipped },
  };
  // SARIF, GitHub annotations, GitLab Code Quality and JUnit (GitLab's `file`) are read against the repository root, so they need the folder's place in it.
  const needsPrefix = targets.some((t) => t.format === 'sarif' || t.format === 'github' || t.format === 'gitlab' || t.format === 'junit');
  const pathPrefix = git.facts?.prefix ?? (needsPrefix ? await (await import('../git/prefix.js')).gitPrefix(root) : undefined);
  for (const t of targets) {
    await emit(io, t, REPORTERS[t.format]!(data, { color: !t.output && useColor(io), pathPrefix, failOn }));
  }
  return exitCodeFor(findings, failOn);
}

export function parseFailOn(v: string): FailOn {
  if (v === 'error' || v === 'warning' || v === 'never') return v;
  throw new UsageError(`--fail-on must be error, warning or never (got "${v}")`);
}

export function parseToday(v: string | undefined): string {
  if (v === undefined) return todayUtc();
  if (!isIsoDate(v)) throw new UsageError(`--today must be a date YYYY-MM-DD (got "${v}")`);
  return v;
}
