import { afterAll, describe, expect, it } from 'vitest';
import { cleanupRepos, lint, of } from '../helpers/repo.js';
import { head } from './records.js';

afterAll(cleanupRepos);

const ai = (id: string, spec: string) => head('AISystem', id) + `spec:\n  purpose: Prioritise patient requests\n${spec}`;

describe('high-risk-ai-without-impact-assessment', () => {
  it('reports high-risk systems in use with no assessment, linked either way', async () => {
    const r = await lint({
      'ai.yaml': [
        ai('ai-none', '  riskTier: high\n'),
        ai('ai-linked', '  riskTier: high\n  impactAssessment: ia-1\n'),
        ai('ai-back', '  riskTier: high\n'),
        ai('ai-retired', '  riskTier: high\n  lifecycleStage: retired\n'),
        ai('ai-minimal', '  riskTier: minimal\n'),
      ].join('---\n'),
      'ia.yaml': head('ImpactAssessment', 'ia-1') + 'spec: {aiSystem: ai-linked}\n---\n' + head('ImpactAssessment', 'ia-2') + 'spec: {aiSystem: ai-back}\n',
    }, 'check');
    expect(of(r.findings, 'high-risk-ai-without-impact-assessment')).toEqual([
      { at: 'ai.yaml:8:13', severity: 'error', message: 'AI system ai-none is high-risk but has no impact assessment (add an ImpactAssessment with aiSystem: ai-none)' },
    ]);
  });
});
