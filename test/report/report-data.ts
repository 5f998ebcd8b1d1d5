import type { Finding } from '../../src/core/finding.js';
import type { ReportData } from '../../src/report/reporters/types.js';
import type { RuleMeta } from '../../src/rules/types.js';

/** A path with a space and non-ASCII characters, as reporters must cope with. */
export const ODD_FILE = 'controls/Zugriff & Kontrolle/Übersicht ü.yaml';
/** A message with everything some output format has to escape. */
export const ODD_MESSAGE = 'value <b>"done"</b> & 100% wrong,\nsee: A.5.15';

export const RULES: RuleMeta[] = [
  { id: 'parse-error', description: 'A YAML file has a syntax error; the document is not read.', defaultSeverity: 'error', scope: 'validate', stage: 'load' },
  { id: 'schema', description: 'A record does not match the JSON Schema of its kind.', defaultSeverity: 'error', scope: 'validate', stage: 'model' },
  { id: 'unmapped-control', description: 'An Annex A control has no Control record deciding on it.', defaultSeverity: 'warning', scope: 'check' },
  { id: 'evidence-stale', description: 'Evidence is older than its maximum age.', defaultSeverity: 'info', scope: 'check' },
  { id: 'review-overdue', description: 'A record is past its review date.', defaultSeverity: 'off', scope: 'check' },
];

export const FINDINGS: Finding[] = [
  {
    ruleId: 'schema',
    severity: 'error',
    message: ODD_MESSAGE,
    location: { file: ODD_FILE, doc: 0, pointer: '/spec/status', line: 7, column: 11, endLine: 7, endColumn: 17 },
    record: 'Control/ctl-access',
    control: 'iso27001:A.5.15',
  },
  {
    ruleId: 'schema',
    severity: 'error',
    message: 'Control: must have required property "title"',
    location: { file: ODD_FILE, doc: 0, pointer: '/metadata', line: 3, column: 3, endLine: 5, endColumn: 1 },
    record: 'Control/ctl-access',
  },
  {
    ruleId: 'unmapped-control',
    severity: 'warning',
    message: 'iso27001:A.5.1 Policies for information security has no Control record',
    location: { file: '' },
    control: 'iso27001:A.5.1',
  },
  {
    ruleId: 'evidence-stale',
    severity: 'info',
    message: 'Evidence ev-1 is 400 days old (max 365)',
    location: { file: 'evidence/ai.yaml', doc: 1, pointer: '/spec/collected', line: 12, column: 14, endLine: 12, endColumn: 24 },
    record: 'Evidence/ev-1',
    control: 'iso27001:A.5.1',
  },
];

/** A hand-built `check` result: two errors (one on an odd path), a warning without file, an info. */
export function reportData(overrides: Partial<ReportData> = {}): ReportData {
  return {
    command: 'check',
    toolVersion: '0.1.0',
    findings: FINDINGS,
    rules: RULES,
    controls: [
      { ref: 'iso27001:A.5.1', title: 'Policies for information security', standard: 'iso27001', status: 'no-decision' },
      { ref: 'iso27001:A.5.15', title: 'Access control', standard: 'iso27001', status: 'implemented' },
      { ref: 'iso42001:A.2.2', title: 'AI policy', standard: 'iso42001', status: 'implemented' },
    ],
    stats: { files: 3, records: 5 },
    ...overrides,
  };
}
