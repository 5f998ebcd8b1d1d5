import { afterAll, describe, expect, it } from 'vitest';
import { cleanupRepos, lint, of } from '../helpers/repo.js';
import { aiSystem } from './records.js';

afterAll(cleanupRepos);


describe('high-risk-ai-without-oversight', () => {
  it('reports high-risk systems with no oversight or oversight none', async () => {
    const r = await lint({
      'ai.yaml': [
        aiSystem('ai-none', '  riskTier: high\n'),
        aiSystem('ai-off', '  riskTier: high\n  humanOversight:\n    mode: none\n'),
        aiSystem('ai-ok', '  riskTier: high\n  humanOversight:\n    mode: human-in-the-loop\n    description: A nurse confirms every priority.\n'),
        aiSystem('ai-limited', '  riskTier: limited\n'),
      ].join('---\n'),
    }, 'check');
    expect(of(r.findings, 'high-risk-ai-without-oversight')).toEqual([
      { at: 'ai.yaml:8:13', severity: 'error', message: 'AI system ai-none is high-risk but names no human oversight (spec.humanOversight.mode)' },
      { at: 'ai.yaml:19:5', severity: 'error', message: 'AI system ai-off is high-risk but its human oversight is "none"' },
    ]);
  });
});
