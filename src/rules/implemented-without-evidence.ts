import type { Rule } from './types.js';

export const rule: Rule = {
  meta: { id: 'implemented-without-evidence', description: 'A Control is marked implemented but names no evidence.', defaultSeverity: 'warning', scope: 'check' },
  check(ctx) {
    for (const c of ctx.model.list('Control')) {
      if (c.spec.status === 'implemented' && (c.spec.evidence ?? []).length === 0) {
        ctx.report({ record: c, pointer: '/spec/status', message: `Control ${c.metadata.id} is implemented but lists no evidence (spec.evidence)` });
      }
    }
  },
};
