import { createHash } from 'node:crypto';
import { fingerprint, type Finding, type Severity } from '../../core/finding.js';
import type { Reporter } from './types.js';

/** GitLab's Code Quality severities (info, minor, major, critical, blocker); annexa uses three. */
const SEVERITIES: Record<Severity, string> = { error: 'major', warning: 'minor', info: 'info' };

/** Where repo-wide findings (an Annex A control without a record) point: GitLab needs a path. */
const REPO_FILE = 'annexa.yaml';

/**
 * GitLab Code Quality report: the subset of the Code Climate issue format GitLab reads
 * (description, check_name, fingerprint, severity, location.path, location.lines.begin).
 * Paths are relative to the repository root, as GitLab resolves them, so they carry the prefix.
 */
export const gitlab: Reporter = (data, options) => {
  const prefix = options?.pathPrefix ?? '';
  const seen = new Map<string, number>();
  const issues = data.findings.map((f) => {
    // GitLab merges issues with equal fingerprints, so a repeated key gets its occurrence number.
    const key = fingerprint(f);
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return issue(f, prefix, n === 0 ? key : `${key}|${n}`);
  });
  return JSON.stringify(issues, null, 2) + '\n';
};

function issue(f: Finding, prefix: string, key: string) {
  return {
    type: 'issue',
    description: f.control && !f.message.includes(f.control) ? `${f.message} (${f.control})` : f.message,
    check_name: f.ruleId,
    fingerprint: createHash('md5').update(key).digest('hex'),
    severity: SEVERITIES[f.severity],
    location: { path: prefix + (f.location.file || REPO_FILE), lines: { begin: f.location.line ?? 1 } },
  };
}
