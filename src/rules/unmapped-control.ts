import type { Rule } from './types.js';
import { STANDARDS } from '../config/types.js';

export const rule: Rule = {
  meta: { id: 'unmapped-control', description: 'An Annex A control of a standard in scope has no Control record deciding on it (the SoA must list every control).', defaultSeverity: 'error', scope: 'check' },
  check(ctx) {
    for (const std of ctx.analysis().standards) {
      const index = ctx.config.standards.findIndex((s) => STANDARDS[s] === std.catalog);
      for (const e of std.soa) {
        if (e.status !== 'no-decision' || ctx.model.partialRefs.has(e.ref)) continue;
        const hint = e.suggestion ? `; suggestion: ${e.suggestion}` : '';
        ctx.report({
          file: ctx.config.file ?? '',
          doc: 0,
          pointer: ctx.config.file && index >= 0 ? `/standards/${index}` : undefined,
          control: e.ref,
          message: `${e.ref} "${e.title}" has no Control decision: add a Control record that implements it or excludes it with a justification${hint}`,
        });
      }
    }
  },
};
