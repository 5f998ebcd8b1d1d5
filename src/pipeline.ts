import { stat } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from './config/load-config.js';
import type { Config } from './config/types.js';
import { loadBundledCatalogs } from './catalog/load-catalogs.js';
import { loadUserCatalogs } from './catalog/load-user-catalogs.js';
import type { CatalogSet } from './catalog/catalog-set.js';
import { loadRepo } from './load/load-repo.js';
import { ParsePool } from './load/parallel-parse.js';
import type { SourceStore } from './load/source-store.js';
import { buildModel } from './model/build-model.js';
import type { Model } from './model/model.js';
import { analyze, type Analysis } from './analysis/analyze.js';
import { runRules } from './rules/run-rules.js';
import { compareFindings, type Finding } from './core/finding.js';
import { resolveLocations } from './report/resolve-locations.js';
import { IoError } from './core/errors.js';
import type { GitFacts } from './git/facts.js';
import { boundHeapGrowth, garbageWatermark } from './util/heap.js';

/** From this many records a run bounds heap growth and collects garbage as the heap grows (~150 ms a collection at 100,000). */
export const LARGE_RUN_RECORDS = 20_000;

export interface PipelineOptions {
  /** Folder holding the governance repo. */
  root: string;
  /** `validate` runs integrity rules only; `check` adds governance rules. */
  scope: 'validate' | 'check';
  /** Date rules measure against (YYYY-MM-DD). */
  today: string;
  configPath?: string;
  git?: GitFacts;
  /** Told what the run is doing, for a progress line on a terminal (large repositories take seconds). */
  progress?: (message: string) => void;
  /**
   * Called once the model and its analysis exist, before the rules: work that needs only those (the pack's
   * workbook and Word document) can start on another thread while the rules and positions run here.
   */
  onAnalysis?: (ready: AnalysisReady) => void;
}

/** What a run knows before its rules: the records and the analysis (SoA, coverage, risks), no findings yet. */
export type AnalysisReady = Pick<PipelineResult, 'config' | 'catalogs' | 'model' | 'analysis'>;

export interface PipelineResult {
  root: string;
  config: Config;
  catalogs: CatalogSet;
  model: Model;
  /** Every file read; syntax trees are built on demand. */
  sources: SourceStore;
  /** YAML documents that are not annexa's (no annexa apiVersion or kind), left alone. */
  skipped: number;
  /** Resolved, severity-adjusted, sorted findings. */
  findings: Finding[];
  analysis(): Analysis;
}

/** load -> model -> rules -> (lazy) analysis. No printing, no process access. */
export async function runPipeline(options: PipelineOptions): Promise<PipelineResult> {
  const root = path.resolve(options.root);
  const st = await stat(root).catch(() => undefined);
  if (!st?.isDirectory()) throw new IoError(`${options.root}: not a folder`);
  // One pool for reading and, later, for the positions of findings; its threads start only for large batches.
  const pool = new ParsePool();
  try {
    const config = await loadConfig(root, options.configPath);
    const catalogs = loadBundledCatalogs();
    const catalogFiles = await loadUserCatalogs(root, config.catalogs, catalogs);
    const skip = new Set([...(config.file ? [config.file] : []), ...catalogFiles]);
    options.progress?.('reading records');
    const repo = await loadRepo(root, { include: config.include, exclude: config.exclude, skip, maxFileBytes: config.maxFileBytes, pool });
    if (config.source) repo.sources.addParsed(config.source);
    const large = repo.documents.length >= LARGE_RUN_RECORDS;
    if (large) boundHeapGrowth();
    options.progress?.(`checking ${repo.documents.length} records in ${repo.sources.size} files`);
    // splice: the model keeps what it needs; the documents (wrappers, top-level objects) go after it is built.
    const built = buildModel(repo.documents.splice(0), catalogs);
    let cached: Analysis | undefined;
    const getAnalysis = () => (cached ??= analyze(built.model, catalogs, config, { today: options.today, git: options.git }));
    options.onAnalysis?.({ config, catalogs, model: built.model, analysis: getAnalysis });
    const ruleFindings = await runRules({ root, model: built.model, catalogs, config, today: options.today, git: options.git, analysis: getAnalysis }, options.scope, large ? garbageWatermark() : undefined);
    // Large runs collect garbage between rules and between chunks of the position pass (a parse tree per
    // file): the heap stays near what is live (peak memory at 100,000 records: see docs/performance.md).
    const findings = await resolveLocations(applySeverity([...repo.findings, ...built.findings, ...ruleFindings], config), repo.sources, pool, large ? garbageWatermark() : undefined);
    return { root, config, catalogs, model: built.model, sources: repo.sources, skipped: built.skipped, findings: findings.sort(compareFindings), analysis: getAnalysis };
  } finally {
    pool.close();
  }
}

function applySeverity(findings: Finding[], config: Config): Finding[] {
  const out: Finding[] = [];
  for (const f of findings) {
    const s = config.rules[f.ruleId];
    if (s === 'off') continue;
    out.push(s ? { ...f, severity: s } : f);
  }
  return out;
}
