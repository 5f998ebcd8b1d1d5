import type { Rule } from './types.js';

export const rule: Rule = {
  meta: { id: 'inclusion-unjustified', description: 'An applicable Annex A control has no reason for its inclusion in the SoA: no risk treated by it, no policy, no stated requirement, no justification.', defaultSeverity: 'warning', scope: 'check' },
  check(ctx) {
    for (const std of ctx.analysis().standards) {
      for (const e of std.soa) {
        if (e.applicable !== true) continue;
        const { risks, policies, requirements, notes } = e.inclusion;
        if (risks.length + policies.length + requirements.length + notes.length > 0) continue;
        const decision = e.implementedBy.find((i) => i.status !== 'not-applicable')!;
        const record = ctx.model.get('Control', decision.id)!;
        ctx.report({
          record,
          pointer: '/spec/status',
          control: e.ref,
          message: `${e.ref} "${e.title}" is applicable but the SoA gives no reason to include it: name it in a risk treatment or a policy, or give ${decision.id} requirements or a justification`,
        });
      }
    }
  },
};
