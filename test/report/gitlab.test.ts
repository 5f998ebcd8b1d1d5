import { describe, expect, it } from 'vitest';
import { Ajv } from 'ajv';
import { gitlab } from '../../src/report/reporters/gitlab.js';
import { runCli } from '../helpers/cli.js';
import { FINDINGS, ODD_FILE, ODD_MESSAGE, reportData } from './report-data.js';

/**
 * The fields GitLab's Code Quality widget reads, as its documentation lists them
 * (docs.gitlab.com, "Code Quality report format"): every one required, severity from a fixed set.
 */
const GITLAB_CODE_QUALITY = {
  type: 'array',
  items: {
    type: 'object',
    required: ['description', 'check_name', 'fingerprint', 'severity', 'location'],
    properties: {
      description: { type: 'string', minLength: 1 },
      check_name: { type: 'string', minLength: 1 },
      fingerprint: { type: 'string', minLength: 1 },
      severity: { enum: ['info', 'minor', 'major', 'critical', 'blocker'] },
      location: {
        type: 'object',
        required: ['path', 'lines'],
        properties: {
          path: { type: 'string', minLength: 1, not: { pattern: '^/' } },
          lines: { type: 'object', required: ['begin'], properties: { begin: { type: 'integer', minimum: 1 } } },
        },
      },
    },
  },
};
const isCodeQuality = new Ajv({ allErrors: true }).compile(GITLAB_CODE_QUALITY);

interface Issue { description: string; check_name: string; fingerprint: string; severity: string; location: { path: string; lines: { begin: number } } }

describe('gitlab reporter', () => {
  it('writes one issue per finding with the fields GitLab reads', () => {
    const issues = JSON.parse(gitlab(reportData(), { color: false, pathPrefix: 'gov/' })) as Issue[];
    expect(isCodeQuality(issues), JSON.stringify(isCodeQuality.errors)).toBe(true);
    expect(issues.map((i) => ({ ...i, fingerprint: i.fingerprint.length }))).toEqual([
      { type: 'issue', description: `${ODD_MESSAGE} (iso27001:A.5.15)`, check_name: 'schema', fingerprint: 32, severity: 'major', location: { path: `gov/${ODD_FILE}`, lines: { begin: 7 } } },
      { type: 'issue', description: FINDINGS[1]!.message, check_name: 'schema', fingerprint: 32, severity: 'major', location: { path: `gov/${ODD_FILE}`, lines: { begin: 3 } } },
      // A repo-wide finding points at the config file, line 1: GitLab needs a path for every issue.
      { type: 'issue', description: FINDINGS[2]!.message, check_name: 'unmapped-control', fingerprint: 32, severity: 'minor', location: { path: 'gov/annexa.yaml', lines: { begin: 1 } } },
      { type: 'issue', description: `${FINDINGS[3]!.message} (iso27001:A.5.1)`, check_name: 'evidence-stale', fingerprint: 32, severity: 'info', location: { path: 'gov/evidence/ai.yaml', lines: { begin: 12 } } },
    ]);
  });

  it('keeps fingerprints unique and stable across line moves', () => {
    const twice = reportData({ findings: [FINDINGS[0]!, FINDINGS[0]!, { ...FINDINGS[1]!, location: { ...FINDINGS[1]!.location, line: 30 } }] });
    const a = JSON.parse(gitlab(twice, { color: false })) as Issue[];
    expect(new Set(a.map((i) => i.fingerprint)).size).toBe(3);
    const b = JSON.parse(gitlab(reportData(), { color: false })) as Issue[];
    // The finding moved from line 3 to line 30 keeps its fingerprint, so GitLab does not see it as new.
    expect(a[2]!.fingerprint).toBe(b[1]!.fingerprint);
    expect(gitlab(reportData({ findings: [] }), { color: false })).toBe('[]\n');
  });

  it('reports every finding of examples/broken, matching the json output', async () => {
    const [gl, js] = await Promise.all([
      runCli(['check', 'examples/broken', '-f', 'gitlab', '--today', '2026-11-23']),
      runCli(['check', 'examples/broken', '-f', 'json', '--today', '2026-11-23']),
    ]);
    expect(gl.code).toBe(1);
    const issues = JSON.parse(gl.stdout) as Issue[];
    const findings = (JSON.parse(js.stdout) as { findings: { ruleId: string; file: string; line?: number }[] }).findings;
    expect(isCodeQuality(issues), JSON.stringify(isCodeQuality.errors)).toBe(true);
    expect(issues.length).toBe(findings.length);
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(issues.length);
    expect(issues.map((i) => `${i.check_name} ${i.location.path}:${i.location.lines.begin}`)).toEqual(
      findings.map((f) => `${f.ruleId} examples/broken/${f.file || 'annexa.yaml'}:${f.line ?? 1}`),
    );
  });
});
