import type { Rule } from './types.js';

export const rule: Rule = {
  meta: { id: 'competence-evidence-missing', description: 'A role requires competence but names no evidence that its holders have it (7.2).', defaultSeverity: 'error', scope: 'check' },
  check(ctx) {
    for (const r of ctx.model.list('Role')) {
      if ((r.spec.competence?.length ?? 0) === 0 || (r.spec.competenceEvidence?.length ?? 0) > 0) continue;
      ctx.report({ record: r, pointer: '/spec/competence', message: `Role ${r.metadata.id} requires competence (${r.spec.competence!.join('; ')}) but names no competenceEvidence for its holders` });
    }
  },
};
