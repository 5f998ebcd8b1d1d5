import { afterAll, describe, expect, it } from 'vitest';
import { cleanupRepos, lint, of } from '../helpers/repo.js';
import { aiSystem } from './records.js';

afterAll(cleanupRepos);

const ai = (id: string, spec: string) => aiSystem(id, spec, 'Score citizens by social behaviour');

describe('prohibited-ai-system', () => {
  it('reports unacceptable-tier systems that are not retired', async () => {
    const r = await lint({
      'ai.yaml': [ai('ai-social-score', '  riskTier: unacceptable\n  lifecycleStage: operation\n'), ai('ai-old', '  riskTier: unacceptable\n  lifecycleStage: retired\n'), ai('ai-ok', '  riskTier: minimal\n')].join('---\n'),
    }, 'check');
    expect(of(r.findings, 'prohibited-ai-system')).toEqual([
      { at: 'ai.yaml:8:13', severity: 'error', message: 'AI system ai-social-score is in the unacceptable (prohibited) risk tier but is in stage operation: retire it or correct its tier' },
    ]);
  });
});
