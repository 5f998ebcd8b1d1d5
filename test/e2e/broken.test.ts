import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runBin } from '../helpers/cli.js';
import { REPO_ROOT } from '../helpers/repo.js';
import { RULES } from '../../src/rules/registry.js';

interface JsonFinding { ruleId: string; severity: string; file: string; line: number; column: number; message: string }
const parse = (out: string) => JSON.parse(out) as { findings: JsonFinding[]; summary: { errors: number } };
const at = (f: JsonFinding) => `${f.file}:${f.line}:${f.column} ${f.ruleId}`;

describe('annexa on examples/broken (built binary)', () => {
  it('validate --format json exits 1 with findings at file:line:col', () => {
    const r = runBin(['validate', 'examples/broken', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(parse(r.stdout).findings.map(at)).toEqual([
      'records/ai-systems.yaml:11:3 schema',
      'records/controls.yaml:14:7 duplicate-id',
      'records/controls.yaml:26:33 unknown-control-ref',
      'records/controls.yaml:26:50 unknown-control-ref',
      'records/controls.yaml:37:18 exclusion-unjustified',
      'records/controls.yaml:46:11 exclusion-unjustified',
      'records/controls.yaml:74:55 dangling-reference',
      'records/envelope.yaml:1:13 unknown-api-version',
      'records/envelope.yaml:9:7 unknown-kind',
      'records/envelope.yaml:22:11 schema',
      'records/evidence.yaml:17:9 file-missing',
      'records/evidence.yaml:26:9 path-outside-repo',
      'records/policies.yaml:10:13 file-missing',
      'syntax/alias-bomb.yaml:1:1 alias-limit',
      'syntax/alias-cycle.yaml:6:19 alias-cycle',
      'syntax/binary.yaml:1:1 not-text',
      'syntax/duplicate-key.yaml:6:3 duplicate-key',
      'syntax/empty.yaml:1:1 empty-file',
      'syntax/forbidden-key.yaml:7:3 forbidden-key',
      'syntax/latin1.yaml:1:1 not-text',
      'syntax/not-a-mapping.yaml:1:1 not-a-mapping',
      'syntax/outside-link.yaml:1:1 symlink-outside-repo',
      'syntax/parse-error.yaml:6:1 parse-error',
      'syntax/too-deep.yaml:2:67 nesting-too-deep',
      'syntax/too-large.yaml:1:1 file-too-large',
      'syntax/unknown-tag.yaml:4:36 unknown-tag',
      'syntax/yaml-warning.yaml:1:1 yaml-warning',
    ]);
  });

  it('check fires every rule at least once (but unreadable-file and not-a-regular-file, which a clone cannot carry)', () => {
    const r = runBin(['check', 'examples/broken', '--format', 'json', '--today', '2026-11-23', '--quiet']);
    expect(r.code).toBe(1);
    const fired = new Set(parse(r.stdout).findings.map((f) => f.ruleId));
    expect(RULES.map((x) => x.meta.id).filter((id) => !fired.has(id))).toEqual(['not-a-regular-file', 'unreadable-file']);
    const f = parse(r.stdout).findings;
    expect(f.filter((x) => x.ruleId === 'risk-untreated').map((x) => `${at(x)} ${x.message}`)).toEqual([
      'records/risks.yaml:4:7 risk-untreated Risk risk-ransomware is untreated: it lacks an owner (spec.owner) and a treatment option (spec.treatment.option)',
    ]);
    expect(f.find((x) => x.ruleId === 'unmapped-control' && x.message.startsWith('iso42001:A.5.2 '))).toMatchObject({ file: 'annexa.yaml', line: 5, column: 28 });
  });

  it('the README of examples/broken lists every rule it shows', () => {
    const readme = readFileSync(path.join(REPO_ROOT, 'examples/broken/README.md'), 'utf8');
    for (const r of RULES) expect(readme).toContain(r.meta.id);
  });

  it('same input, same bytes', () => {
    const a = runBin(['check', 'examples/broken', '--format', 'sarif', '--today', '2026-11-23', '-q']);
    const b = runBin(['check', 'examples/broken', '--format', 'sarif', '--today', '2026-11-23', '-q']);
    expect(a.stdout.length).toBeGreaterThan(1000);
    expect(a.stdout).toBe(b.stdout);
  });
});
