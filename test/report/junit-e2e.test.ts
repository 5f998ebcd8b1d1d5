import { describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { runBin } from '../helpers/cli.js';
import { RULES } from '../../src/rules/registry.js';

interface Case { '@_name': string; '@_classname': string; failure?: unknown }
interface Suite { '@_name': string; '@_tests': string; '@_failures': string; testcase: Case[] }

describe('annexa check --format junit on examples/broken (built binary)', () => {
  it('is well-formed XML with one testcase per control and per rule, failing where findings are', () => {
    const args = ['check', 'examples/broken', '--today', '2026-11-23', '--quiet'];
    const xml = runBin([...args, '--format', 'junit']);
    const json = JSON.parse(runBin([...args, '--format', 'json']).stdout) as { findings: { ruleId: string; severity: string; control: string | null; record: string | null }[] };
    const soa = JSON.parse(runBin(['soa', 'examples/broken', '--format', 'json', '--today', '2026-11-23']).stdout) as { standards: { controls: { ref: string; implementedBy: { id: string }[]; evidence: { id: string }[] }[] }[] };
    expect(xml.code).toBe(1);
    expect(XMLValidator.validate(xml.stdout)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'testsuite' || name === 'testcase' }).parse(xml.stdout) as { testsuites: { testsuite: Suite[] } };
    const [controls, rules] = ['controls', 'rules'].map((n) => doc.testsuites.testsuite.find((s) => s['@_name'] === n)!);
    // At the default --fail-on error only errors fail a testcase; warnings go to system-out.
    const failing = json.findings.filter((f) => f.severity === 'error');
    expect(controls!.testcase).toHaveLength(93 + 38);
    // Findings about refs outside the catalogs (typos) have no control testcase; the rules suite carries them.
    const names = controls!.testcase.map((c) => c['@_name'].split(' ')[0]);
    const failingControls = new Set(failing.map((f) => f.control).filter((c): c is string => !!c && names.includes(c)));
    // A finding on a Control or Evidence record without a control of its own fails the controls that record stands behind.
    const recordFindings = new Set(failing.filter((f) => !f.control && f.record).map((f) => f.record));
    for (const c of soa.standards.flatMap((s) => s.controls)) {
      const records = [...c.implementedBy.map((i) => `Control/${i.id}`), ...c.evidence.map((e) => `Evidence/${e.id}`)];
      if (records.some((r) => recordFindings.has(r))) failingControls.add(c.ref);
    }
    expect(failingControls.size).toBeGreaterThan(100);
    expect(controls!.testcase.filter((c) => c.failure !== undefined)).toHaveLength(failingControls.size);
    expect(rules!.testcase).toHaveLength(RULES.length);
    expect(rules!.testcase.filter((c) => c.failure !== undefined)).toHaveLength(new Set(failing.map((f) => f.ruleId)).size);
    expect(Number(rules!['@_failures'])).toBe(new Set(failing.map((f) => f.ruleId)).size);
  });
});
