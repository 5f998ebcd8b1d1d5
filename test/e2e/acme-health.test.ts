import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runBin, runCli } from '../helpers/cli.js';
import { ACME, cleanupRepos, copyAcme } from '../helpers/repo.js';
import { rawRecords } from '../helpers/raw-records.js';

afterAll(cleanupRepos);

const TODAY = '2026-11-23';

/** Every Control record of a repo, read without annexa, for independent figures. */
function controls(root: string): { id: string; implements: string[]; status: string; file: string; provider: boolean }[] {
  return rawRecords(root)
    .filter((r) => r.kind === 'Control')
    .map((r) => ({ id: r.metadata.id, implements: r.spec.implements as string[], status: r.spec.status as string, file: r.file, provider: r.spec.provider !== undefined }));
}

describe('annexa on examples/acme-health', () => {
  it('validate and check pass (exit 0)', () => {
    expect(runBin(['validate', 'examples/acme-health']).code).toBe(0);
    const check = runBin(['check', 'examples/acme-health', '--today', TODAY, '--format', 'json']);
    expect(check.code).toBe(0);
    expect(JSON.parse(check.stdout).summary.errors).toBe(0);
  });

  it('soa --format csv has one row per Annex A control of both standards (93 + 38), ref first', async () => {
    const r = await runCli(['soa', ACME, '--format', 'csv', '--today', TODAY]);
    const rows = r.stdout.trimEnd().split('\r\n');
    expect(rows[0]).toBe('Control,Standard,Theme or area,Title,Applicable,Justification,Status,Implemented by,Evidence,Related controls,Implementation,Owner,Provider,AI systems,Organisation,SoA date');
    const body = rows.slice(1);
    expect(body).toHaveLength(131);
    expect(body.filter((l) => l.startsWith('iso27001:A.'))).toHaveLength(93);
    expect(body.filter((l) => l.startsWith('iso42001:A.'))).toHaveLength(38);
    expect(body[0]!.startsWith('iso27001:A.5.1,iso27001:2022,A.5 Organizational controls,Policies for information security,yes,')).toBe(true);
  });

  it('coverage matches figures computed independently from the records', async () => {
    const recs = controls(ACME);
    for (const std of ['iso27001', 'iso42001']) {
      const byRef = new Map<string, string[]>();
      // An implemented record with a provider counts as provided (inherited/shared), not as implemented by us.
      for (const c of recs) for (const ref of c.implements) if (ref.startsWith(`${std}:A.`)) byRef.set(ref, [...(byRef.get(ref) ?? []), c.provider && c.status === 'implemented' ? 'provided' : c.status]);
      const excluded = [...byRef.values()].filter((s) => s.every((x) => x === 'not-applicable')).length;
      const implemented = [...byRef.values()].filter((s) => s.every((x) => x === 'implemented')).length;
      const provided = [...byRef.values()].filter((s) => s.every((x) => x === 'provided')).length;
      const total = std === 'iso27001' ? 93 : 38;
      const r = await runCli(['soa', ACME, '--format', 'json', '--standard', std, '--today', TODAY]);
      const cov = JSON.parse(r.stdout).standards[0].coverage.overall;
      expect(cov).toMatchObject({ total, excluded, implemented, provided, noDecision: total - byRef.size });
      expect(cov.percentImplemented).toBe(Math.round(((implemented + provided) / (total - excluded)) * 1000) / 10);
      if (std === 'iso27001') expect(provided).toBe(3);
    }
  });

  it('removing one Control decision makes check exit 1 with unmapped-control naming the control', async () => {
    const root = copyAcme();
    const target = controls(root).find((c) => c.implements.length === 1 && c.implements[0] === 'iso27001:A.5.7')!;
    const text = readFileSync(target.file, 'utf8');
    const docs = text.split(/^---$/m).filter((d) => !d.includes(`id: ${target.id}\n`));
    writeFileSync(target.file, docs.join('---'));
    const r = await runCli(['check', root, '--today', TODAY, '--format', 'json']);
    expect(r.code).toBe(1);
    const unmapped = JSON.parse(r.stdout).findings.filter((f: { ruleId: string }) => f.ruleId === 'unmapped-control');
    expect(unmapped).toHaveLength(1);
    expect(unmapped[0]).toMatchObject({ control: 'iso27001:A.5.7', file: 'annexa.yaml' });
    expect(unmapped[0].message).toMatch(/^iso27001:A\.5\.7 "Threat intelligence" has no Control decision/);
  });

  it('an exclusion without justification makes check exit 1', async () => {
    const root = copyAcme();
    const excl = controls(root).find((c) => c.status === 'not-applicable')!;
    const text = readFileSync(excl.file, 'utf8');
    writeFileSync(excl.file, text.replace(/^ {2}justification:.*(\n {4}.*)*\n/m, ''));
    const r = await runCli(['check', root, '--today', TODAY, '--format', 'json']);
    expect(r.code).toBe(1);
    const found = JSON.parse(r.stdout).findings.filter((f: { ruleId: string }) => f.ruleId === 'exclusion-unjustified');
    expect(found.length).toBeGreaterThan(0);
    expect(found[0].message).toContain('without a justification');
  });

  it('crosswalk relates iso27001:A.8.15 and iso42001:A.6.2.8 both ways', async () => {
    const fwd = JSON.parse((await runCli(['crosswalk', 'iso27001:A.8.15', '--format', 'json'])).stdout);
    expect(fwd.related.map((r: { ref: string }) => r.ref)).toContain('iso42001:A.6.2.8');
    const rev = JSON.parse((await runCli(['crosswalk', 'iso42001:A.6.2.8', '--format', 'json'])).stdout);
    expect(rev.related.map((r: { ref: string }) => r.ref)).toContain('iso27001:A.8.15');
    const a815 = rev.related.find((r: { ref: string }) => r.ref === 'iso27001:A.8.15');
    expect(a815).toMatchObject({ relation: 'intersects-with', origin: 'published' });
    expect(a815.aiGap.length).toBeGreaterThan(20);
  });
});
