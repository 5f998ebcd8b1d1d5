import type { Finding } from '../../core/finding.js';
import type { FailOn } from '../exit-code.js';
import type { ControlCase, Reporter } from './types.js';
import { groupBy } from '../../util/group-by.js';

/**
 * Which findings fail a testcase: those at or above `--fail-on`, the same ones that decide the exit
 * code. A warnings-only run that exits 0 must not show failed tests (Jenkins would mark the build
 * unstable, GitLab would list failures); findings below the level are listed in `<system-out>`.
 */
export function failsTestcase(f: Finding, failOn: FailOn = 'error'): boolean {
  if (failOn === 'never') return false;
  return f.severity === 'error' || (failOn === 'warning' && f.severity === 'warning');
}

interface Testcase {
  classname: string;
  name: string;
  failing: Finding[];
  passing: Finding[];
  /** The checked folder relative to the git top level, so paths read as in SARIF. */
  prefix: string;
}

/**
 * JUnit XML for CI test tabs: suite "controls" (one testcase per Annex A control in scope, failing
 * when a finding names the control) and suite "rules" (one testcase per rule, failing when it
 * reported). No timestamps or durations, so output is byte-identical across runs.
 */
export const junit: Reporter = (data, options) => {
  const failOn = options?.failOn ?? 'error';
  const prefix = options?.pathPrefix ?? '';
  const testcase = (classname: string, name: string, findings: Finding[]): Testcase => ({
    classname,
    name,
    failing: findings.filter((f) => failsTestcase(f, failOn)),
    passing: findings.filter((f) => !failsTestcase(f, failOn)),
    prefix,
  });
  const byControl = groupBy(data.findings, (f) => f.control);
  const byRecord = groupBy(data.findings, (f) => f.record);
  const order = new Map(data.findings.map((f, i) => [f, i]));
  const byRule = groupBy(data.findings, (f) => f.ruleId);
  const ruleIds = data.rules.map((r) => r.id);
  // Findings of rules missing from the list still get a testcase, so no failure goes unreported.
  const extraRules = [...byRule.keys()].filter((id) => !ruleIds.includes(id)).sort();
  const suites = [
    { name: 'controls', cases: data.controls.map((c) => testcase(c.standard, `${c.ref} ${c.title}`, controlFindings(c, byControl, byRecord, order))) },
    { name: 'rules', cases: [...ruleIds, ...extraRules].map((id) => testcase('annexa.rules', id, byRule.get(id) ?? [])) },
  ];
  const tests = suites.reduce((n, s) => n + s.cases.length, 0);
  const failures = suites.reduce((n, s) => n + s.cases.filter((c) => c.failing.length > 0).length, 0);
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="annexa ${attr(data.command)}" tests="${tests}" failures="${failures}" errors="0">`];
  for (const s of suites) {
    const sFailures = s.cases.filter((c) => c.failing.length > 0).length;
    out.push(`  <testsuite name="${s.name}" tests="${s.cases.length}" failures="${sFailures}" errors="0" skipped="0">`);
    for (const c of s.cases) out.push(...renderCase(c));
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return out.join('\n') + '\n';
};

/** Findings naming the control, plus findings on the Control and Evidence records behind it (an unjustified exclusion, stale evidence); in report order. */
function controlFindings(c: ControlCase, byControl: Map<string, Finding[]>, byRecord: Map<string, Finding[]>, order: Map<Finding, number>): Finding[] {
  const found = new Set(byControl.get(c.ref) ?? []);
  // A record finding that names its own control (conflicting-decisions on A.7.3) belongs to that control only.
  for (const r of c.records ?? []) for (const f of byRecord.get(r) ?? []) if (!f.control) found.add(f);
  return [...found].sort((a, b) => order.get(a)! - order.get(b)!);
}


function renderCase(c: Testcase): string[] {
  // GitLab links a testcase to its `file`: the first failing (else listed) finding that has one.
  const file = [...c.failing, ...c.passing].find((f) => f.location.file)?.location.file;
  const open = `    <testcase classname="${attr(c.classname)}" name="${attr(c.name)}"${file ? ` file="${attr(c.prefix + file)}"` : ''}`;
  if (c.failing.length === 0 && c.passing.length === 0) return [`${open}/>`];
  const lines = [`${open}>`];
  if (c.failing.length > 0) {
    const first = c.failing[0]!;
    const message = c.failing.length === 1 ? first.message : `${c.failing.length} findings: ${first.message} (and ${c.failing.length - 1} more)`;
    const type = [...new Set(c.failing.map((f) => f.ruleId))].join(',');
    lines.push(`      <failure message="${attr(message)}" type="${attr(type)}">${text(c.failing.map((f) => describe(f, c.prefix)).join('\n'))}</failure>`);
  }
  if (c.passing.length > 0) lines.push(`      <system-out>${text(c.passing.map((f) => describe(f, c.prefix)).join('\n'))}</system-out>`);
  lines.push('    </testcase>');
  return lines;
}

/** `file:line:col severity message [rule]`, the way text output names a finding. */
function describe(f: Finding, prefix: string): string {
  const { file, line, column } = f.location;
  const where = file ? `${prefix}${file}:${line ?? 1}:${column ?? 1}` : '(repository)';
  return `${where} ${f.severity} ${f.message} [${f.ruleId}]${f.record ? ` (${f.record})` : ''}`;
}

// Characters XML 1.0 does not allow at all (C0 controls except tab/LF/CR, lone surrogates, U+FFFE/U+FFFF); stripped.
const FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text content: markup characters (and CR, which parsers would fold into LF) escaped, forbidden characters removed. */
export function text(s: string): string {
  return s.replace(FORBIDDEN, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

/** Attribute value (double-quoted): as text, plus quotes, and whitespace as references so parsers keep newlines. */
export function attr(s: string): string {
  return text(s).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}
