import type { Rule } from './types.js';

export const rule: Rule = {
  meta: { id: 'prohibited-ai-system', description: 'An AI system in the EU AI Act "unacceptable" (prohibited) risk tier is not retired.', defaultSeverity: 'error', scope: 'check' },
  check(ctx) {
    for (const s of ctx.model.list('AISystem')) {
      if (s.spec.riskTier !== 'unacceptable' || s.spec.lifecycleStage === 'retired') continue;
      ctx.report({ record: s, pointer: '/spec/riskTier', message: `AI system ${s.metadata.id} is in the unacceptable (prohibited) risk tier but is ${s.spec.lifecycleStage ? `in stage ${s.spec.lifecycleStage}` : 'not retired'}: retire it or correct its tier` });
    }
  },
};
