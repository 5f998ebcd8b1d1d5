import type { Rule } from './types.js';

/** Justifications that say nothing. */
const PLACEHOLDERS = /^(n\/?a|na|none|tbd|todo|-+|\.+|not applicable|not relevant|no)$/i;
export const MIN_JUSTIFICATION_LENGTH = 10;

export const rule: Rule = {
  meta: { id: 'exclusion-unjustified', description: 'A Control is not-applicable without a real justification (the SoA must say why a control is excluded).', defaultSeverity: 'error', scope: 'validate' },
  check(ctx) {
    for (const c of ctx.model.list('Control')) {
      if (c.spec.status !== 'not-applicable') continue;
      const j = (c.spec.justification ?? '').trim();
      const refs = c.spec.implements.join(', ');
      if (j === '') {
        ctx.report({ record: c, pointer: '/spec/status', message: `Control ${c.metadata.id} excludes ${refs} without a justification` });
      } else if (PLACEHOLDERS.test(j)) {
        ctx.report({ record: c, pointer: '/spec/justification', message: `Control ${c.metadata.id} excludes ${refs} with a placeholder justification ("${j}"); say why the control does not apply` });
      } else if (j.length < MIN_JUSTIFICATION_LENGTH) {
        ctx.report({ record: c, pointer: '/spec/justification', message: `Control ${c.metadata.id} excludes ${refs} with a justification too short to explain the exclusion ("${j}", under ${MIN_JUSTIFICATION_LENGTH} characters)` });
      }
    }
  },
};
