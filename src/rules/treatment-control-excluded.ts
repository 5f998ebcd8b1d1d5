import type { Rule } from './types.js';
import { statusOfRef } from '../analysis/soa.js';

export const rule: Rule = {
  meta: { id: 'treatment-control-excluded', description: 'A risk is treated by a control that the SoA excludes as not applicable.', defaultSeverity: 'error', scope: 'check' },
  check(ctx) {
    for (const r of ctx.model.list('Risk')) {
      (r.spec.treatment?.controls ?? []).forEach((ref, i) => {
        if (statusOfRef(ctx.model, ref) !== 'not-applicable') return;
        const decisions = ctx.model.decisions.get(ref) ?? [];
        ctx.report({ record: r, pointer: `/spec/treatment/controls/${i}`, control: ref, message: `Risk ${r.metadata.id} is treated by ${ref}, which ${decisions.map((d) => d.metadata.id).join(', ')} excludes as not applicable` });
      });
    }
  },
};
