import type { Rule } from './types.js';

export const rule: Rule = {
  meta: { id: 'duplicate-id', description: 'Two records of the same kind share an id; ids are unique per kind.', defaultSeverity: 'error', scope: 'validate' },
  check(ctx) {
    for (const [kind, ids] of ctx.model.declared) {
      for (const [id, places] of ids) {
        if (places.length < 2) continue;
        const first = places[0]!;
        for (const p of places.slice(1)) {
          ctx.report({ file: p.file, doc: p.doc, pointer: '/metadata/id', subject: `${kind}/${id}`, message: `${kind} id "${id}" is already declared in ${first.file} (document ${first.doc + 1})` });
        }
      }
    }
  },
};
