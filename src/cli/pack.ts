import path from 'node:path';
import type { CliIo } from './io.js';
import { UsageError } from '../core/errors.js';
import { runPipeline, type AnalysisReady } from '../pipeline.js';
import { collectGitFacts } from '../git/collect.js';
import { isIsoDate, todayUtc } from '../util/dates.js';
import { toolVersion } from './version.js';
import { streamPack } from '../render/build-pack.js';
import { startOfficeWriter } from '../render/office/office-pair.js';
import { buildOfficeView } from '../render/office/office-view.js';
import { inspectOut } from '../render/out-folder.js';
import { openPack } from '../render/write-pack.js';
import { recoverLeftovers } from '../render/pack-leftovers.js';
import { createProgress } from '../render/progress.js';
import type { ChangeLogEntry } from '../git/change-log.js';

export interface PackOptions {
  out: string;
  date?: string;
  templates?: string;
  since?: string;
  config?: string;
  force?: boolean;
  quiet?: boolean;
}

/** `annexa pack`: render the audit pack (HTML, Markdown, manifest.json) into --out. Exit 0, or 2 on errors. */
export async function runPack(dir: string, opts: PackOptions, io: CliIo): Promise<number> {
  if (opts.date !== undefined && !isIsoDate(opts.date)) throw new UsageError(`--date must be a date YYYY-MM-DD (got "${opts.date}")`);
  const date = opts.date ?? todayUtc();
  const root = path.resolve(io.cwd, dir ?? '.');
  const out = path.resolve(io.cwd, opts.out);
  const display = displayPath(io.cwd, out);
  const force = !!opts.force;
  // Leftovers of runs killed earlier go first: a swap cut short is finished, hidden folders removed.
  await recoverLeftovers(out).catch(() => undefined);
  const state = await inspectOut(out, root, force, display);
  const progress = createProgress(io, !!opts.quiet);
  // The office thread loads exceljs and docx while the records are read.
  const office = startOfficeWriter();
  try {
    progress.update('loading records');
    const git = await collectGitFacts(root);
    if (!opts.quiet) for (const note of git.notes) io.stderr.write(`annexa: ${note}\n`);
    // The office files need no finding: the thread starts on them while the rules run here.
    const onAnalysis = (ready: AnalysisReady) => office.begin(buildOfficeView(ready, { date, toolVersion: toolVersion(), sourceCommit: git.facts?.head }));
    const result = await runPipeline({ root, scope: 'check', today: date, configPath: opts.config, git: git.facts, onAnalysis });
    const notes = new Set<string>(); // one line per template and property, however many pages
    let changeLog: { since: string; entries: ChangeLogEntry[] } | undefined;
    if (opts.since !== undefined) {
      const { changeLogSince } = await import('../git/change-log.js');
      changeLog = { since: opts.since, entries: await changeLogSince(root, opts.since) };
    }
    const templates = opts.templates
      ? { dir: path.resolve(io.cwd, opts.templates), display: opts.templates, from: 'option' as const }
      : result.config.templates
        ? { dir: path.resolve(root, result.config.templates), display: result.config.templates, from: 'config' as const }
        : undefined;
    // Each file is written into a temporary folder as it is made, then the folder is moved into place.
    const draft = await openPack({ out, root, force, display }, state);
    let count: number;
    try {
      count = await streamPack({
        result, date, toolVersion: toolVersion(), git: git.facts, templates, changeLog,
        onPage: (done, total) => progress.update(`rendering ${done}/${total} pages`),
        onNote: (note) => notes.add(note),
        office,
      }, (f) => draft.add(f));
    } catch (err) {
      await draft.discard();
      throw err;
    }
    if (!opts.quiet) for (const note of notes) io.stderr.write(`annexa: ${note}\n`);
    progress.update(`moving ${count} files into place`);
    await draft.commit();
    progress.done();
    if (!opts.quiet) io.stdout.write(`pack written to ${display} (${count} files)\n`);
    return 0;
  } finally {
    office.close();
    progress.done();
  }
}

/** The out folder as the user would type it: relative to cwd when inside it, else absolute. */
function displayPath(cwd: string, p: string): string {
  const rel = path.relative(cwd, p);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : p;
}
