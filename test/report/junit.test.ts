import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { junit, failsTestcase } from '../../src/report/reporters/junit.js';
import type { Finding } from '../../src/core/finding.js';
import { ODD_FILE, ODD_MESSAGE, RULES, reportData } from './report-data.js';

interface Failure {
  '@_message': string;
  '@_type': string;
  '#text': string;
}
interface Testcase {
  '@_classname': string;
  '@_name': string;
  failure?: Failure;
  'system-out'?: string;
}
interface Suite {
  '@_name': string;
  '@_tests': string;
  '@_failures': string;
  testcase: Testcase[];
}
interface Doc {
  testsuites: { '@_tests': string; '@_failures': string; testsuite: Suite[] };
}

// Most cases run as `--fail-on warning`, where warnings fail testcases too.
const render = (data = reportData()) => junit(data, { color: false, failOn: 'warning' });

function parse(xml: string): Doc {
  const valid = XMLValidator.validate(xml);
  expect(valid).toBe(true);
  const parser = new XMLParser({
    ignoreAttributes: false,
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: false,
    // Numeric character references (&#10; keeps a newline in an attribute) are core XML.
    htmlEntities: true,
    isArray: (name) => name === 'testsuite' || name === 'testcase',
  });
  return parser.parse(xml) as Doc;
}

const suite = (doc: Doc, name: string) => doc.testsuites.testsuite.find((s) => s['@_name'] === name)!;
const testcase = (s: Suite, name: string) => s.testcase.find((c) => c['@_name'] === name)!;

describe('junit reporter', () => {
  it('writes well-formed XML with an XML declaration', () => {
    const xml = render();
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites')).toBe(true);
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  it('has one testcase per control and one per rule, with consistent counts', () => {
    const doc = parse(render());
    const controls = suite(doc, 'controls');
    const rules = suite(doc, 'rules');
    expect(controls.testcase.map((c) => c['@_name'])).toEqual([
      'iso27001:A.5.1 Policies for information security',
      'iso27001:A.5.15 Access control',
      'iso42001:A.2.2 AI policy',
    ]);
    expect(controls.testcase.map((c) => c['@_classname'])).toEqual(['iso27001', 'iso27001', 'iso42001']);
    expect(rules.testcase.map((c) => c['@_name'])).toEqual(RULES.map((r) => r.id));
    expect(controls['@_tests']).toBe('3');
    expect(rules['@_tests']).toBe(String(RULES.length));
    const failing = (s: Suite) => s.testcase.filter((c) => c.failure !== undefined).length;
    expect(controls['@_failures']).toBe(String(failing(controls)));
    expect(rules['@_failures']).toBe(String(failing(rules)));
    expect(doc.testsuites['@_tests']).toBe(String(3 + RULES.length));
    expect(doc.testsuites['@_failures']).toBe(String(failing(controls) + failing(rules)));
  });

  it('fails a control when an error or warning names it; info does not fail', () => {
    const controls = suite(parse(render()), 'controls');
    // A.5.1: a warning (unmapped-control) fails it; the info (evidence-stale) is listed in system-out.
    const a51 = testcase(controls, 'iso27001:A.5.1 Policies for information security');
    expect(a51.failure!['@_type']).toBe('unmapped-control');
    expect(a51.failure!['#text']).toBe('(repository) warning iso27001:A.5.1 Policies for information security has no Control record [unmapped-control]');
    expect(a51['system-out']).toContain('evidence/ai.yaml:12:14 info Evidence ev-1 is 400 days old');
    // A.5.15: the schema error with the odd path and message, position included, text unescaped by the parser.
    const a515 = testcase(controls, 'iso27001:A.5.15 Access control');
    expect(a515.failure!['@_type']).toBe('schema');
    expect(a515.failure!['@_message']).toBe(ODD_MESSAGE);
    expect(a515.failure!['#text']).toBe(`${ODD_FILE}:7:11 error ${ODD_MESSAGE} [schema] (Control/ctl-access)`);
    expect(testcase(controls, 'iso42001:A.2.2 AI policy').failure).toBeUndefined();
  });

  it('fails a rule once, listing all its findings with the count in the message', () => {
    const rules = suite(parse(render()), 'rules');
    const schema = testcase(rules, 'schema');
    expect(schema.failure!['@_type']).toBe('schema');
    expect(schema.failure!['@_message']).toMatch(/^2 findings: /);
    expect(schema.failure!['#text'].split('\n').filter((l) => l.startsWith(ODD_FILE))).toHaveLength(2);
    expect(testcase(rules, 'unmapped-control').failure).toBeDefined();
    expect(testcase(rules, 'evidence-stale').failure).toBeUndefined();
    expect(testcase(rules, 'parse-error').failure).toBeUndefined();
    expect(testcase(rules, 'review-overdue').failure).toBeUndefined();
  });

  it('counts findings at or above --fail-on as failures, never info', () => {
    const at = (severity: string, failOn?: 'error' | 'warning' | 'never') => failsTestcase({ severity } as Finding, failOn);
    expect([at('error'), at('warning'), at('info')]).toEqual([true, false, false]);
    expect([at('error', 'warning'), at('warning', 'warning'), at('info', 'warning')]).toEqual([true, true, false]);
    expect([at('error', 'never'), at('warning', 'never')]).toEqual([false, false]);
  });

  it('with the default --fail-on error, a warnings-only run has no <failure>; the warnings go to system-out', () => {
    const warnings = reportData().findings.filter((f) => f.severity !== 'error');
    const xml = junit(reportData({ findings: warnings }), { color: false });
    expect(xml).not.toContain('<failure');
    const doc = parse(xml);
    expect(doc.testsuites['@_failures']).toBe('0');
    expect(testcase(suite(doc, 'rules'), 'unmapped-control')['system-out']).toContain('warning iso27001:A.5.1');
  });

  it('names paths from the git top level and gives each testcase with a located finding a file attribute', () => {
    const xml = junit(reportData(), { color: false, pathPrefix: 'gov/' });
    const a515 = testcase(suite(parse(xml), 'controls'), 'iso27001:A.5.15 Access control') as Testcase & { '@_file'?: string };
    expect(a515['@_file']).toBe(`gov/${ODD_FILE}`);
    expect(a515.failure!['#text']).toBe(`gov/${ODD_FILE}:7:11 error ${ODD_MESSAGE} [schema] (Control/ctl-access)`);
    // A finding about the repository as a whole has no file: no attribute rather than an empty one.
    expect(xml).not.toContain('file=""');
  });

  it('escapes markup and strips characters XML 1.0 forbids', () => {
    const nasty = 'a\u0000b\u0001c\u000bd\u001fe\uFFFEf\uD800g ]]> <x> & \'q\' "z"\r\nnext\ttab';
    const findings: Finding[] = [{ ruleId: 'schema', severity: 'error', message: nasty, location: { file: 'x.yaml', line: 1, column: 1 }, control: 'iso42001:A.2.2' }];
    const xml = render(reportData({ findings }));
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\uFFFE]/);
    const failure = testcase(suite(parse(xml), 'controls'), 'iso42001:A.2.2 AI policy').failure!;
    expect(failure['@_message']).toBe('abcdefg ]]> <x> & \'q\' "z"\r\nnext\ttab');
    expect(failure['#text']).toContain('abcdefg ]]> <x> & \'q\' "z"\r\nnext\ttab');
  });

  it('still reports findings of a rule missing from the rule list', () => {
    const findings: Finding[] = [{ ruleId: 'config-invalid', severity: 'error', message: 'bad', location: { file: 'annexa.yaml', line: 2, column: 1 } }];
    const rules = suite(parse(render(reportData({ findings }))), 'rules');
    expect(testcase(rules, 'config-invalid').failure!['@_message']).toBe('bad');
  });

  it('passes everything when there are no findings, and is deterministic', () => {
    const clean = reportData({ findings: [] });
    const doc = parse(render(clean));
    expect(doc.testsuites['@_failures']).toBe('0');
    expect(render(clean)).toBe(render(clean));
    expect(render()).toBe(render());
    expect(render()).not.toMatch(/timestamp|time=/);
  });
});

describe('controls fail on findings of the records behind them', () => {
  it('attaches record findings without a control to every control the record decides, and control findings only to their control', () => {
    const at = { file: 'c.yaml', line: 1, column: 1 };
    const findings: Finding[] = [
      { ruleId: 'exclusion-unjustified', severity: 'error', message: 'no justification', location: at, record: 'Control/ctl-x' },
      { ruleId: 'conflicting-decisions', severity: 'warning', message: 'conflict on A.7.3', location: at, record: 'Control/ctl-x', control: 'iso27001:A.7.3' },
      { ruleId: 'evidence-stale', severity: 'error', message: 'old', location: at, record: 'Evidence/ev-1' },
    ];
    const data = reportData({
      findings,
      controls: [
        { ref: 'iso27001:A.7.1', title: 'Perimeters', standard: 'iso27001:2022', status: 'not-applicable', records: ['Control/ctl-x'] },
        { ref: 'iso27001:A.7.3', title: 'Offices', standard: 'iso27001:2022', status: 'not-applicable', records: ['Control/ctl-x'] },
        { ref: 'iso27001:A.5.1', title: 'Policies', standard: 'iso27001:2022', status: 'implemented', records: ['Control/ctl-p', 'Evidence/ev-1'] },
        { ref: 'iso27001:A.5.2', title: 'Roles', standard: 'iso27001:2022', status: 'implemented', records: ['Control/ctl-r'] },
      ],
    });
    const xml = junit(data, { color: false, failOn: 'warning' });
    const failure = (name: string) => new RegExp(`name="${name}[^"]*"[^>]*>\\s*<failure[^>]*type="([^"]+)"`).exec(xml)?.[1];
    expect(failure('iso27001:A.7.1')).toBe('exclusion-unjustified');
    expect(failure('iso27001:A.7.3')).toBe('exclusion-unjustified,conflicting-decisions');
    expect(failure('iso27001:A.5.1')).toBe('evidence-stale');
    expect(xml).toContain('<testcase classname="iso27001:2022" name="iso27001:A.5.2 Roles"/>');
    expect(xml).toContain('name="iso27001:A.7.1 Perimeters" file="c.yaml">');
  });
});
