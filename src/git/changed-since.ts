import type { Finding } from '../core/finding.js';
import type { PipelineResult } from '../pipeline.js';
import { countKeys, newAgainst } from '../report/baseline.js';
import { CONFIG_FILES } from '../config/types.js';
import { normalizeRepoPath } from './paths.js';
import { changedFilesSince } from './changed-files.js';
import { loadAtRevision, requireRepo } from './model-at-revision.js';

/**
 * For `check --changed-since REV`: keeps findings located in files changed since REV, plus
 * findings anywhere that did not exist at REV (what the change caused, e.g. a deleted Control
 * leaving `unmapped-control` in annexa.yaml). REV is checked with the same `today`, so findings
 * due to the passing of time alone count as old.
 */
export async function filterChangedSince(rev: string, result: PipelineResult, today: string): Promise<{ findings: Finding[]; notes: string[] }> {
  const repo = await requireRepo(result.root, '--changed-since');
  // An explicit config file is used at REV too; the default one is found again there.
  const configPath = result.config.file && !CONFIG_FILES.includes(result.config.file) ? result.config.file : undefined;
  const before = await loadAtRevision(result.root, rev, { today, scope: 'check', configPath, gitFacts: true });
  const changed = await changedFilesSince(repo, before.revision.commit);
  const inChangedFiles = (f: Finding) => f.location.file !== '' && changed.has(normalizeRepoPath(f.location.file));
  const newElsewhere = new Set(newAgainst(result.findings.filter((f) => !inChangedFiles(f)), countKeys(before.result.findings)));
  const findings = result.findings.filter((f) => inChangedFiles(f) || newElsewhere.has(f));
  const inChanged = findings.filter(inChangedFiles).length;
  const caused = newElsewhere.size;
  const rs = before.revision;
  const notes = [
    `changed since ${rs.rev} (${rs.short}): ${changed.size} file${changed.size === 1 ? ' differs' : 's differ'} from the working tree; ` +
      `compared with the ${before.result.findings.length} findings at ${rs.short}: keeping ${inChanged} in changed files and ${caused} elsewhere that are new, ` +
      `${result.findings.length - findings.length} older findings not shown`,
  ];
  return { findings, notes };
}
