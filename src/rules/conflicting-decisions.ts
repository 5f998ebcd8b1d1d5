import type { Rule } from './types.js';

export const rule: Rule = {
  meta: { id: 'conflicting-decisions', description: 'One control is excluded by one Control record and applicable in another; the SoA treats it as applicable.', defaultSeverity: 'warning', scope: 'check' },
  check(ctx) {
    for (const [ref, decisions] of [...ctx.model.decisions].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const excluded = decisions.filter((d) => d.spec.status === 'not-applicable');
      const applicable = decisions.filter((d) => d.spec.status !== 'not-applicable');
      if (excluded.length === 0 || applicable.length === 0) continue;
      for (const d of excluded) {
        ctx.report({ record: d, pointer: '/spec/status', control: ref, message: `${d.metadata.id} excludes ${ref}, but ${applicable.map((a) => a.metadata.id).join(', ')} treats it as applicable` });
      }
    }
  },
};
