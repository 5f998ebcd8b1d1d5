import { afterAll, describe, expect, it } from 'vitest';
import { cleanupRepos, lint, of } from '../helpers/repo.js';
import { aiSystem, head } from './records.js';

afterAll(cleanupRepos);

const ia = (id: string, system: string, status = 'approved') => head('ImpactAssessment', id) + `spec: {aiSystem: ${system}, status: ${status}}\n`;

describe('ai-system-without-impact-assessment', () => {
  it('reports high-risk systems in use with no assessment of their own', async () => {
    const r = await lint({
      'ai.yaml': [
        aiSystem('ai-none', '  riskTier: high\n'),
        aiSystem('ai-linked', '  riskTier: high\n  impactAssessment: ia-1\n'),
        aiSystem('ai-back', '  riskTier: high\n'),
        aiSystem('ai-retired', '  riskTier: high\n  lifecycleStage: retired\n'),
        aiSystem('ai-minimal', '  riskTier: minimal\n  impactScreening: {outcome: not-required, reason: Internal tool with no effect on patients, by: AI board, date: 2026-01-10}\n'),
      ].join('---\n'),
      'ia.yaml': [ia('ia-1', 'ai-linked'), ia('ia-2', 'ai-back')].join('---\n'),
    }, 'check');
    expect(of(r.findings, 'ai-system-without-impact-assessment')).toEqual([
      { at: 'ai.yaml:8:13', severity: 'error', message: 'AI system ai-none is high-risk but has no impact assessment (add an ImpactAssessment with aiSystem: ai-none)' },
    ]);
  });

  it('does not accept an assessment of another system, a superseded one, or a draft once the system is live', async () => {
    const r = await lint({
      'ai.yaml': [
        aiSystem('ai-wrong-link', '  riskTier: high\n  impactAssessment: ia-other\n'),
        aiSystem('ai-old', '  riskTier: high\n'),
        aiSystem('ai-live', '  riskTier: high\n  lifecycleStage: operation\n'),
        aiSystem('ai-dev', '  riskTier: high\n  lifecycleStage: development\n'),
        aiSystem('ai-other', '  riskTier: minimal\n  inScope: false\n'),
      ].join('---\n'),
      'ia.yaml': [ia('ia-other', 'ai-other'), ia('ia-old', 'ai-old', 'superseded'), ia('ia-live', 'ai-live', 'draft'), ia('ia-dev', 'ai-dev', 'draft')].join('---\n'),
    }, 'check');
    expect(of(r.findings, 'ai-system-without-impact-assessment').map((f) => f.message)).toEqual([
      'AI system ai-wrong-link names impact assessment ia-other, which assesses ai-other, not ai-wrong-link',
      'AI system ai-old is high-risk but has no impact assessment (add an ImpactAssessment with aiSystem: ai-old)',
      'AI system ai-live is high-risk and in operation but its impact assessment (ia-live) is still a draft',
    ]);
  });

  it('asks every AI system in scope, whatever its tier, for an assessment or a screening decision', async () => {
    const screening = (outcome: string) => `  impactScreening: {outcome: ${outcome}, reason: Suggests code to engineers only, by: AI board, date: 2026-01-10}\n`;
    const r = await lint({
      'ai.yaml': [
        aiSystem('ai-limited', '  riskTier: limited\n'),
        aiSystem('ai-screened', '  riskTier: minimal\n' + screening('not-required')),
        aiSystem('ai-needs-one', '  riskTier: limited\n' + screening('required')),
        aiSystem('ai-high-screened', '  riskTier: high\n' + screening('not-required')),
        aiSystem('ai-out-of-scope', '  riskTier: limited\n  inScope: false\n'),
        aiSystem('ai-assessed', '  riskTier: limited\n'),
      ].join('---\n'),
      'ia.yaml': ia('ia-assessed', 'ai-assessed'),
    }, 'check');
    expect(of(r.findings, 'ai-system-without-impact-assessment')).toEqual([
      { at: 'ai.yaml:8:13', severity: 'error', message: 'AI system ai-limited (tier limited) has neither an impact assessment nor a recorded screening decision (add an ImpactAssessment with aiSystem: ai-limited, or spec.impactScreening saying why none is needed)' },
      { at: 'ai.yaml:27:13', severity: 'error', message: 'AI system ai-needs-one: its screening on 2026-01-10 found a full impact assessment required, but there is none (add an ImpactAssessment with aiSystem: ai-needs-one)' },
      { at: 'ai.yaml:37:13', severity: 'error', message: 'AI system ai-high-screened is high-risk but has no impact assessment (add an ImpactAssessment with aiSystem: ai-high-screened); a screening decision is not enough for a high-risk system' },
    ]);
  });
});
