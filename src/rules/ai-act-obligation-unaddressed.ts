import type { Rule } from './types.js';
import { classificationPointer, describe, obligationsOf } from './support/ai-act.js';

/** Articles with a rule of their own, so one gap is reported once. */
const DEDICATED = new Set(['euaiact:Art.4', 'euaiact:Art.27', 'euaiact:Art.50', 'euaiact:Art.72']);

export const rule: Rule = {
  meta: { id: 'ai-act-obligation-unaddressed', description: 'An EU AI Act article applies to an AI system (by its roles and risk route, after its application date) and nothing in the repository addresses it, directly or through a related ISO/IEC 42001 control.', defaultSeverity: 'error', scope: 'check' },
  check(ctx) {
    for (const sys of obligationsOf(ctx)) {
      const s = ctx.model.get('AISystem', sys.id)!;
      for (const o of sys.obligations) {
        if (!o.inForce || o.state !== 'open' || DEDICATED.has(o.ref)) continue;
        const leads = o.leads.map((l) => l.ref).join(', ');
        ctx.report({
          record: s, pointer: classificationPointer(s), subject: o.ref,
          message: `AI system ${sys.id} (${describe(sys)}) owes ${o.ref} (${o.title}) since ${o.appliesFrom} and nothing addresses it: implement a Control for ${o.ref}${leads ? ` or a related ISO/IEC 42001 control (${leads})` : ''}`,
        });
      }
    }
  },
};
