import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { cleanupRepos, makeRepo, CONFIG_27001 } from '../helpers/repo.js';
import { requirementsFor } from '../../src/catalog/clause-requirements.js';
import { head } from '../rules/records.js';

afterAll(cleanupRepos);

const repo = () =>
  makeRepo({
    'annexa.yaml': 'apiVersion: annexa/v1\nkind: Config\nstandards: [iso27001:2022, iso42001:2023]\n',
    'ms.yaml': [
      head('Scope', 'scope-isms') + 'spec: {standards: [iso27001:2022], boundaries: "The platform, | and =cmd"}\n',
      head('Objective', 'obj-1') + 'spec: {standards: [iso27001:2022, iso42001:2023], measure: {description: x, direction: at-least}, target: 1, measurements: [{date: 2026-01-01, value: 2}]}\n',
    ].join('---\n'),
  });

interface Row { clause: string; state: string; records: string[]; wanted: string[] }

describe('annexa clauses', () => {
  it('json: one row per requirement of each standard, with the records meeting it', async () => {
    const r = await runCli(['clauses', repo(), '--format', 'json', '--today', '2026-11-23']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { standards: { standard: string; met: number; required: number; requirements: Row[] }[] };
    expect(out.standards.map((s) => s.standard)).toEqual(['iso27001:2022', 'iso42001:2023']);
    const [iso27001, iso42001] = out.standards;
    expect(iso27001!.requirements.map((x) => x.clause)).toEqual(requirementsFor('iso27001:2022').map((x) => x.clause));
    expect(iso42001!.requirements).toHaveLength(requirementsFor('iso42001:2023').length);
    // The Scope serves only 27001; the Objective serves both and has measurements (6.2 and 9.1).
    const met = (rows: Row[]) => rows.filter((x) => x.state === 'met').map((x) => `${x.clause} ${x.records.join(',')}`);
    expect(met(iso27001!.requirements)).toEqual(['4.3 Scope/scope-isms', '6.2 Objective/obj-1', '9.1 Objective/obj-1']);
    expect(met(iso42001!.requirements)).toEqual(['6.2 Objective/obj-1', '9.1 Objective/obj-1']);
    // 10.2 is needed only when a nonconformity occurs: not counted.
    expect(iso27001!.requirements.find((x) => x.clause === '10.2')!.state).toBe('not-needed');
    expect([iso27001!.met, iso27001!.required]).toEqual([3, requirementsFor('iso27001:2022').length - 1]);
    expect(iso42001!.requirements.find((x) => x.clause === '9.2')!.wanted).toEqual(['an AuditProgramme record', 'an InternalAudit record']);
  });

  it('csv neutralises formula cells; --standard filters; unknown standard is a usage error', async () => {
    const dir = repo();
    const csv = await runCli(['clauses', dir, '--format', 'csv', '--standard', 'iso27001']);
    const lines = csv.stdout.trimEnd().split('\r\n');
    expect(lines[0]).toBe('standard,clause,title,need,requirement,state,records,wanted');
    expect(lines).toHaveLength(1 + requirementsFor('iso27001:2022').length);
    expect(lines.find((l) => l.startsWith('iso27001:2022,4.3,'))).toContain(',met,Scope/scope-isms,');
    const bad = await runCli(['clauses', dir, '--standard', 'iso9001']);
    expect([bad.code, bad.stderr]).toEqual([2, 'annexa: unknown --standard "iso9001"; use one of iso27001, iso42001\n']);
  });

  it('text and markdown name each standard with its met count', async () => {
    const dir = makeRepo({ 'annexa.yaml': CONFIG_27001 });
    const text = await runCli(['clauses', dir]);
    expect(text.stdout.split('\n')[0]).toBe(`ISO/IEC 27001:2022 (iso27001:2022): 0 of ${requirementsFor('iso27001:2022').length - 1} clause requirements met`);
    const md = await runCli(['clauses', dir, '--format', 'markdown', '--today', '2026-11-23']);
    expect(md.stdout).toContain('| 9.2 | Internal audit | Plan an internal audit programme and keep the results of the audits held. | MISSING | add an AuditProgramme record; an InternalAudit record |');
  });
});
