import type { Rule } from './types.js';

const MIN_LENGTH = 20;

export const rule: Rule = {
  meta: { id: 'integrated-control-without-ai-considerations', description: 'A Control implements controls of both ISO 27001 and ISO 42001 but does not say what it does for the AI side (spec.aiConsiderations).', defaultSeverity: 'error', scope: 'check' },
  check(ctx) {
    for (const i of ctx.analysis().integrated) {
      if (i.status === 'not-applicable' || (i.aiConsiderations ?? '').trim().length >= MIN_LENGTH) continue;
      const c = ctx.model.get('Control', i.id)!;
      const given = (i.aiConsiderations ?? '').trim();
      // A stated but too short text needs a different fix than a missing one: say which.
      const fix = given === '' ? 'add spec.aiConsiderations' : `spec.aiConsiderations has ${given.length} character${given.length === 1 ? '' : 's'}; say in at least ${MIN_LENGTH} what it does for the AI side`;
      ctx.report({
        record: c,
        pointer: c.spec.aiConsiderations === undefined ? '/spec/implements' : '/spec/aiConsiderations',
        message: `Control ${i.id} serves ${Object.values(i.refs).flat().join(', ')} but does not say what it does for the AI side (bias, transparency, oversight, impact on people): ${fix}`,
      });
    }
  },
};
