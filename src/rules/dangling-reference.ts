import type { Rule } from './types.js';
import { recordRefs } from './support/record-refs.js';
import { didYouMean } from '../util/did-you-mean.js';

export const rule: Rule = {
  meta: { id: 'dangling-reference', description: 'A record refers to a record id that does not exist (evidence, policy, AI system, impact assessment).', defaultSeverity: 'error', scope: 'validate' },
  check(ctx) {
    for (const r of ctx.model.records) {
      for (const { kind, value, pointer } of recordRefs(r)) {
        if (ctx.model.has(kind, value)) continue;
        const hint = didYouMean(value, ctx.model.declared.get(kind)?.keys() ?? []);
        ctx.report({ record: r, pointer, message: `${r.kind} ${r.metadata.id} refers to ${kind} "${value}", which does not exist${hint ? ` (did you mean "${hint}"?)` : ''}` });
      }
    }
  },
};
