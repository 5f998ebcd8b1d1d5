import { createHash } from 'node:crypto';
import type { Finding, SeveritySetting } from '../../core/finding.js';
import type { RuleMeta } from '../../rules/types.js';
import { ruleDocUrl } from '../../rules/registry.js';
import type { Reporter } from './types.js';

/** Where annexa lives; SARIF `tool.driver.informationUri`. */
export const INFORMATION_URI = 'https://github.com/annexa-dev/annexa';
/** Base id every result's artifact URI is relative to: the folder annexa ran on. */
export const SRCROOT = '%SRCROOT%';
/**
 * Where findings without a file are shown (rules point repository-level findings at the config file;
 * with no config file there is none). GitHub code scanning rejects results without a physical
 * location (GH1015/GH1017 in sarif-multitool's Gh rules), so they go to line 1 of the default config path.
 */
export const REPOSITORY_ANCHOR = 'annexa.yaml';
/** Key of annexa's own entry in `result.partialFingerprints`, versioned so the recipe can change. */
export const FINGERPRINT_KEY = 'annexaFindingHash/v1';

type SarifLevel = 'error' | 'warning' | 'note' | 'none';

const LEVELS: Record<SeveritySetting, SarifLevel> = { error: 'error', warning: 'warning', info: 'note', off: 'none' };

/**
 * SARIF 2.1.0 for GitHub code scanning: one run, rule metadata from the registry (help from the
 * rule docs), results with repo-relative URIs against %SRCROOT%. No timestamps or absolute paths,
 * so two runs over the same repository give byte-identical logs.
 */
export const sarif: Reporter = (data, options) => {
  const prefix = options?.pathPrefix ?? '';
  const rules = withUnknownRules(data.rules, data.findings);
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const fingerprints = occurrenceFingerprints(data.findings);
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        // One category per command: code scanning replaces alerts per category, so validate and check
        // uploaded from one workflow do not overwrite each other. The trailing slash marks "no run instance".
        automationDetails: { id: `annexa/${data.command}/` },
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
          [SRCROOT]: { description: { text: 'The root paths are relative to: the git top level (the checkout), or the folder annexa checked outside git.' } },
        },
        columnKind: 'utf16CodeUnits',
        results: data.findings.map((f, i) => result(f, index.get(f.ruleId), fingerprints[i]!, prefix)),
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
    // sarif-multitool (SARIF1001) wants a name that differs from the id, case-insensitively; `schema` gets none.
    ...(pascalCase(r.id).toLowerCase() !== r.id.toLowerCase() ? { name: pascalCase(r.id) } : {}),
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

function result(f: Finding, ruleIndex: number | undefined, fingerprint: string, prefix: string) {
  return {
    ruleId: f.ruleId,
    ...(ruleIndex !== undefined ? { ruleIndex } : {}),
    level: LEVELS[f.severity],
    message: { text: f.message || f.ruleId },
    locations: [location(f, prefix)],
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint },
    ...(f.record || f.control ? { properties: { ...(f.record ? { record: f.record } : {}), ...(f.control ? { control: f.control } : {}) } } : {}),
  };
}

function location(f: Finding, prefix: string) {
  if (!f.location.file) {
    return {
      physicalLocation: { artifactLocation: { uri: encodePath(prefix + REPOSITORY_ANCHOR), uriBaseId: SRCROOT }, region: { startLine: 1 } },
      message: { text: 'Concerns the repository as a whole; shown on the config file.' },
    };
  }
  return { physicalLocation: { artifactLocation: { uri: encodePath(prefix + f.location.file), uriBaseId: SRCROOT }, region: region(f) } };
}

/** A SARIF region, dropping end positions that would make it inconsistent (SARIF columns end exclusive). */
function region(f: Finding): Record<string, number> {
  const { line, column, endLine, endColumn } = f.location;
  // GitHub needs a start line; a file-level finding without one is shown on line 1.
  if (line === undefined || line < 1) return { startLine: 1 };
  const r: Record<string, number> = { startLine: line };
  if (column !== undefined && column >= 1) r.startColumn = column;
  if (endLine !== undefined && endLine >= line) {
    r.endLine = endLine;
    const start = r.startColumn ?? 1;
    if (endColumn !== undefined && endColumn >= 1 && (endLine > line || endColumn >= start)) r.endColumn = endColumn;
  }
  return r;
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
