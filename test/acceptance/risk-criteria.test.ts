/** Issue #9 acceptance: the risk criteria decide the acceptance outcome and the heat map bands. */
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { cleanupRepos, makeRepo } from '../helpers/repo.js';
import { runPipeline } from '../../src/pipeline.js';
import { buildRiskView } from '../../src/render/views/risks.js';
import { heatMap } from '../../src/render/charts/heat-map.js';

afterAll(cleanupRepos);

const RISK = `apiVersion: annexa/v1
kind: Risk
metadata:
  id: r-breach
  title: Patient data stolen
spec:
  domain: security
  likelihood: 4
  impact: 5
  owner: CISO
  treatment:
    option: accept
    approval: {by: CISO, date: 2026-01-05}
  residual: {likelihood: 3, impact: 4}
  assessed: 2026-10-01
`;
const config = (risk: string) => `apiVersion: annexa/v1\nkind: Config\nstandards: [iso27001:2022]\nrules: {unmapped-control: off, clause-unaddressed: off}\n${risk}`;
const check = async (root: string) => {
  const r = await runCli(['check', root, '--format', 'json', '--today', '2026-11-23']);
  return { code: r.code, rules: (JSON.parse(r.stdout) as { findings: { ruleId: string; message: string }[] }).findings.map((f) => `${f.ruleId}: ${f.message}`) };
};
const view = async (root: string) => {
  const result = await runPipeline({ root, scope: 'check', today: '2026-11-23' });
  return buildRiskView({ model: result.model, catalogs: result.catalogs, config: result.config, analysis: result.analysis(), findings: result.findings, date: '2026-11-23' });
};

describe('risk criteria drive acceptance and heat map', () => {
  const defaults = makeRepo({ 'annexa.yaml': config(''), 'risks.yaml': RISK });
  const raised = makeRepo({ 'annexa.yaml': config('risk:\n  acceptanceThreshold: 12\n  bands:\n    - {level: low, label: Low, min: 1}\n    - {level: high, label: High, min: 13}\n'), 'risks.yaml': RISK });

  it('a residual score 12 above the default threshold 9 without acceptance fails the check', async () => {
    expect(await check(defaults)).toEqual({ code: 1, rules: ['residual-risk-unaccepted: Risk r-breach: residual score 12 (3x4) is above the acceptance threshold 9 but nobody accepted it (add spec.acceptance with by and date)'] });
  });

  it('raising the threshold to 12 in annexa.yaml makes the same risk acceptable', async () => {
    expect(await check(raised)).toEqual({ code: 0, rules: [] });
  });

  it('the heat map bands follow the configured bands', async () => {
    const cell = (v: Awaited<ReturnType<typeof view>>, l: number, i: number) => v.heat.residual.rows.find((r) => r.impact === i)!.cells.find((c) => c.likelihood === l)!;
    const before = await view(defaults);
    const after = await view(raised);
    expect(cell(before, 3, 4)).toMatchObject({ score: 12, level: 'high', count: 1, risks: ['r-breach'] });
    expect(cell(after, 3, 4)).toMatchObject({ score: 12, level: 'low', count: 1 });
    expect(cell(after, 5, 3)).toMatchObject({ score: 15, level: 'high' });
    expect(before.heat.residual.legend.map((b) => `${b.label} ${b.range}`)).toEqual(['Low 1-4', 'Medium 5-9', 'High 10-14', 'Critical 15-25']);
    expect(after.heat.residual.legend.map((b) => `${b.label} ${b.range}`)).toEqual(['Low 1-12', 'High 13-25']);
    expect(after.counts).toMatchObject({ aboveThreshold: 0, highResidual: 0 });
    expect(before.counts).toMatchObject({ aboveThreshold: 1, highResidual: 1 });
    const svg = heatMap(after.heat.residual);
    expect(svg).toContain('Low 1-12');
    expect(svg).not.toContain('Medium');
    expect(svg).toContain('Likelihood 3 x impact 4 = 12 (low): r-breach');
  });
});
