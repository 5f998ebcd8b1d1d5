import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runPipeline, type PipelineResult } from '../pipeline.js';
import type { Analysis } from '../analysis/analyze.js';
import { AnnexaError, UsageError } from '../core/errors.js';
import { locateRepo, type RepoLocation } from './run-git.js';
import { resolveRevision, type ResolvedRevision } from './revision.js';
import { materializeRevision } from './materialize.js';
import { gitFactsAt } from './collect.js';

export interface RevisionLoadOptions {
  today: string;
  scope: 'validate' | 'check';
  configPath?: string;
  /** Give the pipeline git facts as of the revision (evidence ages from its history). */
  gitFacts?: boolean;
}

/** A pipeline result for a past revision; `analysis` is already computed (the files are gone). */
export interface RevisionResult {
  revision: ResolvedRevision;
  result: PipelineResult;
  analysis: Analysis;
}

/** The governance root's git work tree, or a usage error naming the command that needs it. */
export async function requireRepo(root: string, what: string): Promise<RepoLocation> {
  const repo = await locateRepo(root);
  if (!repo) throw new UsageError(`${what} needs a git repository, and ${root} is not inside one`);
  return repo;
}

/**
 * Loads the model at a revision the same way as the working tree: the governance folder is
 * written to a temp dir (see materialize.ts) and the ordinary pipeline runs on it, so include,
 * exclude, config and catalogs are those of the revision itself.
 */
export async function loadAtRevision(root: string, rev: string, options: RevisionLoadOptions): Promise<RevisionResult> {
  const repo = await requireRepo(root, 'comparing revisions');
  const revision = await resolveRevision(repo, rev);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'annexa-rev-'));
  try {
    const treeRoot = await materializeRevision(repo, revision.commit, dir);
    const git = options.gitFacts ? await gitFactsAt(repo, revision.commit) : undefined;
    const result = await runPipeline({ root: treeRoot, scope: options.scope, today: options.today, configPath: options.configPath, git });
    const analysis = result.analysis();
    return { revision, result: { ...result, root: path.resolve(root), analysis: () => analysis }, analysis };
  } catch (err) {
    // A broken annexa.yaml at that revision must say which revision it was.
    if (err instanceof AnnexaError && !(err instanceof UsageError)) {
      const Wrapped = err.constructor as new (m: string, c?: number) => AnnexaError;
      throw new Wrapped(`at ${rev} (${revision.short}): ${err.message}`, err.exitCode);
    }
    throw err;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
