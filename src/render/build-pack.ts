import path from 'node:path';
import { stat } from 'node:fs/promises';
import type { PipelineResult } from '../pipeline.js';
import type { GitFacts } from '../git/facts.js';
import { ConfigError, UsageError } from '../core/errors.js';
import { TEMPLATES_DIR } from '../paths.js';
import type { ChangeLogEntry } from './change-log.js';
import { manifestEntry, manifestOf, type Manifest } from './manifest.js';
import { pagePath, planPages, renderPack, type PackFile } from './render-pack.js';
import { loadTemplateSet, type TemplateDir } from './templates/load-templates.js';
import { buildPackView } from './views/pack-view.js';
import { officePackFiles } from './office/pack-files.js';
import { startOfficeWriter, type OfficeWriter } from './office/office-pair.js';

export interface BuildPackInput {
  result: PipelineResult;
  date: string;
  toolVersion: string;
  git?: GitFacts;
  /** Custom templates: from `--templates` (relative to cwd) or annexa.yaml `templates` (relative to the repo). */
  templates?: { dir: string; display: string; from: 'option' | 'config' };
  changeLog?: { since: string; entries: ChangeLogEntry[] };
  onPage?: (done: number, total: number) => void;
  /** Warnings met while rendering (e.g. a template reading a property Handlebars denies). */
  onNote?: (note: string) => void;
  /** The office files' writer, started early by the caller (`pack` starts it before reading records); else one is started here. */
  office?: OfficeWriter;
}

/** Every file of the pack, manifest.json last. Reads templates; writes nothing. */
export async function buildPack(input: BuildPackInput): Promise<PackFile[]> {
  const files: PackFile[] = [];
  await streamPack(input, (f) => files.push(f));
  return files;
}

/**
 * Hands every file of the pack to `emit` as it is made, manifest.json last, and returns how many there were.
 * `pack` writes each one at once (openPack), so a large pack never holds all its pages. Reads templates.
 */
export async function streamPack(input: BuildPackInput, emit: (file: PackFile) => void): Promise<number> {
  const writer = input.office ?? startOfficeWriter();
  try {
    return await packFiles(input, writer, emit);
  } finally {
    if (!input.office) writer.close();
  }
}

async function packFiles(input: BuildPackInput, writer: OfficeWriter, emit: (file: PackFile) => void): Promise<number> {
  const dirs: TemplateDir[] = [{ dir: TEMPLATES_DIR, display: 'templates' }];
  if (input.templates) dirs.push(await checkTemplatesDir(input.templates));
  const set = await loadTemplateSet(dirs);
  const { result } = input;
  const view = buildPackView({
    ctx: { model: result.model, catalogs: result.catalogs, config: result.config, analysis: result.analysis(), findings: result.findings, date: input.date, git: input.git },
    toolVersion: input.toolVersion,
    git: input.git,
    changeLog: input.changeLog,
  });
  const git = input.git;
  // The office files are written on a worker thread while the pages render here.
  const plan = planPages(set, view);
  const htmlPages = plan.filter((p) => p.formats.includes('html')).map((p) => pagePath(p.name, 'html'));
  const office = officePackFiles(result, htmlPages, { date: input.date, toolVersion: input.toolVersion, sourceCommit: git?.head }, writer);
  office.catch(() => undefined); // awaited below; a template error thrown first must not leave it unhandled
  // Each file is hashed for the manifest on its way out, and not kept.
  const entries: Manifest['files'] = [];
  const out = (f: PackFile) => {
    entries.push(manifestEntry(f));
    emit(f);
  };
  renderPack(set, view, plan, out, input.onPage, input.onNote);
  for (const f of await office) out(f);
  emit(manifestOf(entries, {
    tool: view.tool,
    date: input.date,
    source: git?.head ? { commit: git.head, branch: git.branch, dirty: git.dirty } : {},
  }));
  return entries.length + 1;
}

async function checkTemplatesDir(t: NonNullable<BuildPackInput['templates']>): Promise<TemplateDir> {
  const st = await stat(t.dir).catch(() => undefined);
  if (!st?.isDirectory()) {
    const msg = `templates folder ${t.display} not found`;
    throw t.from === 'option' ? new UsageError(`--templates: ${msg}`) : new ConfigError(`annexa.yaml templates: ${msg}`);
  }
  return { dir: t.dir, display: t.display.split(path.sep).join('/').replace(/\/+$/, '') };
}
