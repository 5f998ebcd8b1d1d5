import type { Rule } from './types.js';

export const rule: Rule = {
  meta: { id: 'coverage-below-threshold', description: 'The share of Annex A controls (not excluded) that are implemented is below coverage.minImplemented in annexa.yaml.', defaultSeverity: 'error', scope: 'check' },
  check(ctx) {
    const min = ctx.config.coverage.minImplemented;
    if (min === undefined) return;
    for (const s of ctx.analysis().standards) {
      const o = s.coverage.overall;
      const inScope = o.total - o.excluded;
      // Compare the exact share: the rounded figure could pass a threshold the real one misses.
      if (inScope === 0 || (o.implemented / inScope) * 100 >= min) continue;
      ctx.report({ file: ctx.config.file ?? '', doc: 0, pointer: '/coverage/minImplemented', subject: s.catalog, message: `${s.standard}: ${o.percentImplemented}% of Annex A controls not excluded are implemented (${o.implemented} of ${inScope}), below the ${min}% threshold` });
    }
  },
};
