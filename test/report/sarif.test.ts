import { createHash } from 'node:crypto';
import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { sarif, FINGERPRINT_KEY, REPOSITORY_ANCHOR, pascalCase } from '../../src/report/reporters/sarif.js';
import { ruleDocUrl } from '../../src/rules/registry.js';
import type { Finding } from '../../src/core/finding.js';
import { FINDINGS, ODD_FILE, ODD_MESSAGE, RULES, reportData } from './report-data.js';
import { ACCEPTED_NOTES, validateSarif } from './sarif-multitool.js';

// Loose view of the log, enough for assertions.
interface Log {
  $schema: string;
  version: string;
  runs: {
    tool: { driver: { name: string; version: string; informationUri: string; rules: Rule[] } };
    originalUriBaseIds: Record<string, { uri?: string }>;
    results: Result[];
  }[];
}
interface Rule {
  id: string;
  name?: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  helpUri: string;
  help: { text: string; markdown: string };
  defaultConfiguration: { level: string };
  properties: { tags: string[] };
}
interface Result {
  ruleId: string;
  ruleIndex?: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: Record<string, number> } }[];
  partialFingerprints: Record<string, string>;
}

const render = (data = reportData()) => sarif(data, { color: false });
const parse = (out: string) => JSON.parse(out) as Log;

describe('sarif reporter', () => {
  it('writes one SARIF 2.1.0 run for annexa', () => {
    const log = parse(render());
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const driver = log.runs[0]!.tool.driver;
    expect(driver.name).toBe('annexa');
    expect(driver.version).toBe('0.1.0');
    expect(driver.informationUri).toMatch(/^https:\/\//);
    expect(Object.keys(log.runs[0]!.originalUriBaseIds)).toEqual(['%SRCROOT%']);
  });

  it('sets automationDetails.id per command, so validate and check uploads from one workflow keep separate categories', () => {
    const id = (command: 'validate' | 'check') => (JSON.parse(render(reportData({ command }))) as { runs: { automationDetails?: { id: string } }[] }).runs[0]!.automationDetails?.id;
    expect(id('validate')).toBe('annexa/validate/');
    expect(id('check')).toBe('annexa/check/');
  });

  it('describes every rule with help from the registry and levels from default severities', () => {
    const rules = parse(render()).runs[0]!.tool.driver.rules;
    expect(rules.map((r) => r.id)).toEqual(RULES.map((r) => r.id));
    expect(rules.map((r) => r.defaultConfiguration.level)).toEqual(['error', 'error', 'warning', 'note', 'none']);
    const unmapped = rules[2]!;
    expect(unmapped.name).toBe('UnmappedControl');
    expect(unmapped.shortDescription.text).toBe(RULES[2]!.description);
    expect(unmapped.fullDescription.text).toContain(RULES[2]!.description);
    expect(unmapped.helpUri).toBe(ruleDocUrl('unmapped-control'));
    expect(unmapped.help.markdown).toContain(`](${ruleDocUrl('unmapped-control')})`);
    expect(unmapped.help.text).toContain(ruleDocUrl('unmapped-control'));
    expect(unmapped.properties.tags).toEqual(['compliance', 'governance']);
    expect(rules[0]!.properties.tags).toEqual(['compliance', 'integrity', 'load']);
    // A name equal to the id (case aside) is left out, as the SARIF spec asks.
    expect(rules[1]!.id).toBe('schema');
    expect(rules[1]!.name).toBeUndefined();
  });

  it('turns rule ids into PascalCase names', () => {
    expect(pascalCase('high-risk-ai-without-impact-assessment')).toBe('HighRiskAiWithoutImpactAssessment');
    expect(pascalCase('parse-error')).toBe('ParseError');
  });

  it('maps findings to results with levels, rule indexes and exact messages', () => {
    const log = parse(render());
    const { results, tool } = log.runs[0]!;
    expect(results).toHaveLength(FINDINGS.length);
    expect(results.map((r) => r.level)).toEqual(['error', 'error', 'warning', 'note']);
    for (const r of results) expect(tool.driver.rules[r.ruleIndex!]!.id).toBe(r.ruleId);
    expect(results[0]!.message.text).toBe(ODD_MESSAGE);
  });

  it('gives repo-relative, percent-encoded URIs against %SRCROOT% and 1-based regions', () => {
    const [odd, multiLine, , stale] = parse(render()).runs[0]!.results;
    const art = odd!.locations[0]!.physicalLocation.artifactLocation;
    expect(art).toEqual({ uri: 'controls/Zugriff%20%26%20Kontrolle/%C3%9Cbersicht%20%C3%BC.yaml', uriBaseId: '%SRCROOT%' });
    expect(decodeURIComponent(art.uri)).toBe(ODD_FILE);
    expect(odd!.locations[0]!.physicalLocation.region).toEqual({ startLine: 7, startColumn: 11, endLine: 7, endColumn: 17 });
    expect(multiLine!.locations[0]!.physicalLocation.region).toEqual({ startLine: 3, startColumn: 3, endLine: 5, endColumn: 1 });
    expect(stale!.locations[0]!.physicalLocation.artifactLocation.uri).toBe('evidence/ai.yaml');
  });

  it('shows repository-level findings on line 1 of the config file (GitHub needs a location)', () => {
    const noFile = parse(render()).runs[0]!.results[2]!;
    expect(noFile.ruleId).toBe('unmapped-control');
    expect(noFile.locations).toHaveLength(1);
    expect(noFile.locations[0]!.physicalLocation.artifactLocation.uri).toBe(REPOSITORY_ANCHOR);
    expect(noFile.locations[0]!.physicalLocation.region).toEqual({ startLine: 1 });
  });

  it('drops end positions that would make a region inconsistent, and defaults a missing line to 1', () => {
    const findings: Finding[] = [
      { ruleId: 'schema', severity: 'error', message: 'm', location: { file: 'a.yaml', line: 4, column: 9, endLine: 4, endColumn: 2 } },
      { ruleId: 'schema', severity: 'error', message: 'm', location: { file: 'b.yaml', line: 4, column: 9, endLine: 2, endColumn: 2 } },
      { ruleId: 'not-text', severity: 'error', message: 'binary', location: { file: 'c.yaml' } },
    ];
    const regions = parse(render(reportData({ findings }))).runs[0]!.results.map((r) => r.locations[0]!.physicalLocation.region);
    expect(regions).toEqual([{ startLine: 4, startColumn: 9, endLine: 4 }, { startLine: 4, startColumn: 9 }, { startLine: 1 }]);
  });

  it('fingerprints findings by rule, file, record, control and pointer, not by line or message', () => {
    const results = parse(render()).runs[0]!.results;
    const key = [FINDINGS[0]!.ruleId, ODD_FILE, 'Control/ctl-access', 'iso27001:A.5.15', '/spec/status'].join('|');
    expect(results[0]!.partialFingerprints).toEqual({ [FINGERPRINT_KEY]: `${createHash('sha256').update(key).digest('hex')}:1` });
    const moved = { ...FINDINGS[0]!, message: 'reworded', location: { ...FINDINGS[0]!.location, line: 70, endLine: 70 } };
    const again = parse(render(reportData({ findings: [moved] }))).runs[0]!.results[0]!;
    expect(again.partialFingerprints).toEqual(results[0]!.partialFingerprints);
    expect(new Set(results.map((r) => r.partialFingerprints[FINGERPRINT_KEY])).size).toBe(results.length);
  });

  it('numbers findings that share a fingerprint so they stay separate alerts', () => {
    const twin = { ...FINDINGS[0]!, message: 'another problem at the same node' };
    const fps = parse(render(reportData({ findings: [FINDINGS[0]!, twin] }))).runs[0]!.results.map((r) => r.partialFingerprints[FINGERPRINT_KEY]!);
    expect(fps[0]!.replace(/:1$/, '')).toBe(fps[1]!.replace(/:2$/, ''));
    expect(fps[0]).not.toBe(fps[1]);
  });

  it('adds a descriptor for a rule id the rule list lacks, so ruleIndex stays valid', () => {
    const findings: Finding[] = [{ ruleId: 'config-invalid', severity: 'error', message: 'bad config', location: { file: 'annexa.yaml', line: 2, column: 1 } }];
    const run = parse(render(reportData({ findings }))).runs[0]!;
    const result = run.results[0]!;
    expect(run.tool.driver.rules[result.ruleIndex!]!.id).toBe('config-invalid');
  });

  it('is deterministic and carries no absolute paths or timestamps', () => {
    const out = render();
    expect(render()).toBe(out);
    expect(out.endsWith('}\n')).toBe(true);
    expect(out).not.toContain(process.cwd());
    expect(out).not.toContain(os.tmpdir());
    expect(out).not.toContain('file://');
    expect(out).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
  });

  it('passes Microsoft sarif-multitool validation, including GitHub ingestion rules', async () => {
    const problems = await validateSarif(render());
    expect(problems.filter((p) => p.level === 'error' || p.level === 'warning')).toEqual([]);
    expect(problems.filter((p) => !ACCEPTED_NOTES.includes(p.ruleId))).toEqual([]);
  });

  it('passes validation with no findings (a clean `validate` run)', async () => {
    const data = reportData({ command: 'validate', findings: [], controls: [], rules: RULES.filter((r) => r.scope === 'validate') });
    const problems = await validateSarif(render(data));
    expect(problems.filter((p) => p.level === 'error' || p.level === 'warning')).toEqual([]);
  });

  it('has a validator that does catch a broken log (guards the check above)', async () => {
    const log = parse(render());
    log.runs[0]!.results[0]!.ruleIndex = 99;
    delete (log.runs[0]!.results[1] as Partial<Result>).locations;
    const problems = await validateSarif(JSON.stringify(log));
    expect(problems.filter((p) => p.level === 'error').map((p) => p.ruleId)).toEqual(expect.arrayContaining(['SARIF1009', 'GH1015']));
  });
});
