import type { Rule } from './types.js';
import { isHighRiskInUse } from './support/high-risk-ai.js';
import { classificationPointer } from '../model/ai-act-classification.js';

export const rule: Rule = {
  meta: { id: 'high-risk-ai-without-oversight', description: 'A high-risk AI system names no human oversight, or oversight mode none.', defaultSeverity: 'error', scope: 'check' },
  check(ctx) {
    for (const s of ctx.model.list('AISystem')) {
      if (!isHighRiskInUse(s)) continue;
      const mode = s.spec.humanOversight?.mode;
      if (mode && mode !== 'none') continue;
      ctx.report({
        record: s,
        pointer: s.spec.humanOversight ? '/spec/humanOversight' : classificationPointer(s),
        message: `AI system ${s.metadata.id} is ${s.spec.riskTier}-risk but ${mode === 'none' ? 'its human oversight is "none"' : 'names no human oversight (spec.humanOversight.mode)'}`,
      });
    }
  },
};
