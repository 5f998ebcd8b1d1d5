import type { Rule } from './types.js';
import { evidenceAge } from '../analysis/evidence-age.js';

export const rule: Rule = {
  meta: { id: 'evidence-stale', description: 'Evidence is older than its maxAgeDays (from its collection date, else the last git commit of its file or record).', defaultSeverity: 'error', scope: 'check' },
  check(ctx) {
    for (const e of ctx.model.list('Evidence')) {
      const age = evidenceAge(e, ctx.today, ctx.config.evidence.maxAgeDays, ctx.git);
      if (!age.stale) continue;
      const from = age.source === 'collected' ? `collected ${age.date}` : `last changed in git on ${age.date}`;
      ctx.report({ record: e, pointer: age.source === 'collected' ? '/spec/collected' : '/metadata/id', message: `Evidence ${e.metadata.id} is ${age.ageDays} days old (${from}), over its limit of ${age.maxAgeDays} days` });
    }
  },
};
