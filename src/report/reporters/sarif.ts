import { createHash } from 'node:crypto';
import type { Finding, SeveritySetting } from '../finding.js';
import type { RuleMeta } from '../../rules/types.js';
import { ruleDocUrl } from '../../rules/registry.js';
import type { Reporter } from './types.js';

/** Where annexa lives; SARIF `tool.driver.informationUri`. */
export const INFORMATION_URI = 'https://github.com/annexa-dev/annexa';
/** Base id every result's artifact URI is relative to: the folder annexa ran on. */
export const SRCROOT = '%SRCROOT%';
/** Key of annexa's own entry in `result.partialFingerprints`, versioned so the recipe can change. */
export const FINGERPRINT_KEY = 'annexaFindingHash/v1';

type SarifLevel = 'error' | 'warning' | 'note' | 'none';

const LEVELS: Record<SeveritySetting, SarifLevel> = { error: 'error', warning: 'warning', info: 'note', off: 'none' };

/**
 * SARIF 2.1.0 for GitHub code scanning: one run, rule metadata from the registry (help from the
 * rule docs), results with repo-relative URIs against %SRCROOT%. No timestamps or absolute paths,
 * so two runs over the same repository give byte-identical logs.
 */
export const sarif: Reporter = (data) => {
  const rules = withUnknownRules(data.rules, data.findings);
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const fingerprints = occurrenceFingerprints(data.findings);
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'annexa',
            version: data.toolVersion,
            ...(/^\d+\.\d+\.\d+/.test(data.toolVersion) ? { semanticVersion: data.toolVersion } : {}),
            informationUri: INFORMATION_URI,
            rules: rules.map(descriptor),
          },
        },
        originalUriBaseIds: {
          // No `uri`: the root is wherever the log is read (the checkout), never this machine's path.
          [SRCROOT]: { description: { text: 'The governance repository folder annexa checked.' } },
        },
        columnKind: 'utf16CodeUnits',
        results: data.findings.map((f, i) => result(f, index.get(f.ruleId), fingerprints[i]!)),
        properties: { command: data.command },
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};

/** Rule ids that findings use but the registry list lacks get a minimal descriptor, so every ruleIndex is valid. */
function withUnknownRules(rules: RuleMeta[], findings: Finding[]): RuleMeta[] {
  const known = new Set(rules.map((r) => r.id));
  const extra = [...new Set(findings.map((f) => f.ruleId).filter((id) => !known.has(id)))].sort();
  return [...rules, ...extra.map((id): RuleMeta => ({ id, description: `Findings reported as ${id}.`, defaultSeverity: 'error', scope: 'validate' }))];
}

function descriptor(r: RuleMeta) {
  const url = ruleDocUrl(r.id);
  const full = `${r.description} ${r.scope === 'check' ? 'Governance rule, run by `annexa check`.' : 'Integrity rule, run by `annexa validate` and `annexa check`.'}`;
  return {
    id: r.id,
    name: pascalCase(r.id),
    shortDescription: { text: r.description },
    fullDescription: { text: full },
    helpUri: url,
    help: {
      text: `${r.description} Documentation: ${url}`,
      markdown: `${r.description}\n\nSee [${r.id}](${url}) for what the rule checks, why it matters and how to fix it.`,
    },
    defaultConfiguration: { level: LEVELS[r.defaultSeverity] },
    properties: { tags: ['compliance', r.scope === 'check' ? 'governance' : 'integrity', ...(r.stage ? [r.stage] : [])] },
  };
}

function result(f: Finding, ruleIndex: number | undefined, fingerprint: string) {
  const loc = f.location;
  return {
    ruleId: f.ruleId,
    ...(ruleIndex !== undefined ? { ruleIndex } : {}),
    level: LEVELS[f.severity],
    message: { text: f.message || f.ruleId },
    ...(loc.file ? { locations: [{ physicalLocation: { artifactLocation: { uri: encodePath(loc.file), uriBaseId: SRCROOT }, ...region(f) } }] } : {}),
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint },
    ...(f.record || f.control ? { properties: { ...(f.record ? { record: f.record } : {}), ...(f.control ? { control: f.control } : {}) } } : {}),
  };
}

/** A SARIF region, dropping end positions that would make it inconsistent (SARIF columns end exclusive). */
function region(f: Finding): { region?: Record<string, number> } {
  const { line, column, endLine, endColumn } = f.location;
  if (line === undefined || line < 1) return {};
  const r: Record<string, number> = { startLine: line };
  if (column !== undefined && column >= 1) r.startColumn = column;
  if (endLine !== undefined && endLine >= line) {
    r.endLine = endLine;
    const start = r.startColumn ?? 1;
    if (endColumn !== undefined && endColumn >= 1 && (endLine > line || endColumn >= start)) r.endColumn = endColumn;
  }
  return { region: r };
}

/** A repo-relative POSIX path as a relative URI reference: each segment percent-encoded (spaces, `#`, `:`, non-ASCII). */
export function encodePath(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

/**
 * `hash:n`, n counting findings with the same hash in order (as GitHub's own primaryLocationLineHash
 * does), so two findings on the same node (say, two schema errors) stay two alerts.
 */
function occurrenceFingerprints(findings: Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const h = findingHash(f);
    const n = (seen.get(h) ?? 0) + 1;
    seen.set(h, n);
    return `${h}:${n}`;
  });
}

/** Identity of a finding that survives edits moving it to another line (and message rewording). */
export function findingHash(f: Finding): string {
  const key = [f.ruleId, f.location.file, f.record ?? '', f.control ?? '', f.location.pointer ?? ''].join('|');
  return createHash('sha256').update(key).digest('hex');
}

/** `implemented-without-evidence` -> `ImplementedWithoutEvidence` (SARIF rule `name`). */
export function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
}
