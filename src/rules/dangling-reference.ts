import type { Rule } from './types.js';
import { readableRefs, recordRefs } from './support/record-refs.js';
import { SuggestIndex } from '../util/suggest-index.js';

export const rule: Rule = {
  meta: { id: 'dangling-reference', description: 'A record refers to a record id that does not exist (evidence, policy, AI system, impact assessment).', defaultSeverity: 'error', scope: 'validate' },
  check(ctx) {
    // One index per kind, built on first need: a hint per dangling reference must not scan every id.
    const indexes = new Map<string, SuggestIndex>();
    const index = (kind: string) => {
      let i = indexes.get(kind);
      if (!i) indexes.set(kind, (i = new SuggestIndex(ctx.model.declared.get(kind)?.keys() ?? [])));
      return i;
    };
    for (const { record: r, refs } of readableRefs(ctx.model, recordRefs)) {
      for (const { kind, value, pointer } of refs) {
        if (ctx.model.has(kind, value)) continue;
        const hint = index(kind).closest(value);
        ctx.report({ record: r, pointer, message: `${r.kind} ${r.metadata.id} refers to ${kind} "${value}", which does not exist${hint ? ` (did you mean "${hint}"?)` : ''}` });
      }
    }
  },
};
