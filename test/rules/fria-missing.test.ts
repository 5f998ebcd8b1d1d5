import { afterAll, describe, expect, it } from 'vitest';
import { cleanupRepos, lint, of } from '../helpers/repo.js';
import { aiSystem, head } from './records.js';

afterAll(cleanupRepos);

const CONFIG = 'apiVersion: annexa/v1\nkind: Config\nstandards: [iso42001:2023]\n';
const deployer = (id: string, extra: string) => aiSystem(id, `  aiAct:\n    roles: [deployer]\n    route: high-risk-annex-iii\n${extra}`, 'Score loan applicants');
const ia = (id: string, system: string) => `${head('ImpactAssessment', id)}spec:\n  aiSystem: ${system}\n`;

describe('fria-missing', () => {
  it('reports Article 27 deployers without their own fundamental rights impact assessment', async () => {
    const r = await lint({
      'annexa.yaml': CONFIG,
      'ai.yaml': [
        deployer('ai-credit', '    annexIII: "5(b)"\n'),
        deployer('ai-benefits', '    annexIII: "5(a)"\n    publicService: true\n    fria: ia-credit\n'),
        deployer('ai-ok', '    annexIII: "5(c)"\n    fria: ia-ok\n'),
        deployer('ai-hr', '    annexIII: "4(a)"\n'),
      ].join('---\n'),
      'ia.yaml': [ia('ia-credit', 'ai-credit'), ia('ia-ok', 'ai-ok')].join('---\n'),
    }, 'check');
    expect(of(r.findings, 'fria-missing')).toEqual([
      { at: 'ai.yaml:10:12', severity: 'error', message: 'AI system ai-credit is a high-risk system its deployer must assess under euaiact:Art.27 (since 2026-08-02) but names no fundamental rights impact assessment (spec.aiAct.fria)' },
      { at: 'ai.yaml:25:11', severity: 'error', message: 'AI system ai-benefits is a high-risk system its deployer must assess under euaiact:Art.27 (since 2026-08-02) but names ia-credit, which assesses ai-credit, not ai-benefits' },
    ]);
  });
});
