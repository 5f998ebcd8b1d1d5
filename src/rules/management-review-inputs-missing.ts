import type { Rule } from './types.js';
import { clauseRequirements } from '../catalog/clause-requirements.js';
import { listOf } from './support/management-system.js';

export const rule: Rule = {
  meta: { id: 'management-review-inputs-missing', description: 'A management review does not record every input clause 9.3.2 of its standards asks for.', defaultSeverity: 'error', scope: 'check' },
  check(ctx) {
    const { reviewInputs, topicTitles } = clauseRequirements();
    for (const r of ctx.model.list('ManagementReview')) {
      const covered = new Set(r.spec.inputs.map((i) => i.topic));
      for (const standard of r.spec.standards) {
        const missing = (reviewInputs[standard] ?? []).filter((t) => !covered.has(t));
        if (missing.length === 0) continue;
        ctx.report({ record: r, pointer: '/spec/inputs', subject: standard, message: `ManagementReview ${r.metadata.id} does not record these ${standard} inputs (9.3.2): ${listOf(missing.map((t) => `${topicTitles[t] ?? t} (${t})`))}` });
      }
    }
  },
};
