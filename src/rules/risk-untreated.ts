import type { Rule } from './types.js';

export const rule: Rule = {
  meta: { id: 'risk-untreated', description: 'A risk has no owner, no treatment option, or a mitigation that names no control.', defaultSeverity: 'error', scope: 'check' },
  check(ctx) {
    for (const r of ctx.model.list('Risk')) {
      if (r.spec.status === 'closed') continue;
      const missing: string[] = [];
      if (!r.spec.owner?.trim()) missing.push('an owner (spec.owner)');
      const option = r.spec.treatment?.option;
      if (!option) missing.push('a treatment option (spec.treatment.option)');
      else if (option === 'mitigate' && (r.spec.treatment?.controls ?? []).length === 0) missing.push('the controls of its mitigation (spec.treatment.controls)');
      if (missing.length > 0) {
        ctx.report({ record: r, pointer: r.spec.treatment ? '/spec/treatment' : '/metadata/id', message: `Risk ${r.metadata.id} is untreated: it lacks ${missing.join(' and ')}` });
      }
    }
  },
};
