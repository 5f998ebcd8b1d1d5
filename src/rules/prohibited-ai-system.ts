import type { Rule } from './types.js';
import { classificationPointer, classify } from '../model/ai-act-classification.js';

export const rule: Rule = {
  meta: { id: 'prohibited-ai-system', description: 'An AI system classified as a prohibited practice under the EU AI Act (spec.aiAct.route prohibited, or riskTier unacceptable) is not retired.', defaultSeverity: 'error', scope: 'check' },
  check(ctx) {
    for (const s of ctx.model.list('AISystem')) {
      if (classify(s).route !== 'prohibited' || s.spec.lifecycleStage === 'retired') continue;
      ctx.report({ record: s, pointer: classificationPointer(s), message: `AI system ${s.metadata.id} is in the unacceptable (prohibited) risk tier but is ${s.spec.lifecycleStage ? `in stage ${s.spec.lifecycleStage}` : 'not retired'}: retire it or correct its tier` });
    }
  },
};
