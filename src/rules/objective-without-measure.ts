import type { Rule } from './types.js';

export const rule: Rule = {
  meta: { id: 'objective-without-measure', description: 'An objective has no measure or no target, so nobody can tell whether it is met (6.2).', defaultSeverity: 'error', scope: 'check' },
  check(ctx) {
    for (const o of ctx.model.list('Objective')) {
      const missing = [!o.spec.measure && 'measure', o.spec.target === undefined && 'target'].filter((x): x is string => Boolean(x));
      if (missing.length) ctx.report({ record: o, pointer: '/spec', message: `Objective ${o.metadata.id} has no ${missing.join(' and no ')}; say what is measured and the value to reach` });
    }
  },
};
