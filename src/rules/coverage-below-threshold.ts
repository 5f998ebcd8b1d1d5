import type { Rule } from './types.js';

export const rule: Rule = {
  meta: { id: 'coverage-below-threshold', description: 'The share of applicable Annex A controls implemented is below coverage.minImplemented in annexa.yaml.', defaultSeverity: 'error', scope: 'check' },
  check(ctx) {
    const min = ctx.config.coverage.minImplemented;
    if (min === undefined) return;
    for (const s of ctx.analysis().standards) {
      const pct = s.coverage.overall.percentImplemented;
      if (pct >= min) continue;
      ctx.report({ file: ctx.config.file ?? '', doc: 0, pointer: '/coverage/minImplemented', message: `${s.standard}: ${pct}% of applicable Annex A controls implemented (${s.coverage.overall.implemented} of ${s.coverage.overall.total - s.coverage.overall.excluded}), below the ${min}% threshold` });
    }
  },
};
