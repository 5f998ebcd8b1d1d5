import type { Rule } from './types.js';
import { residualScore } from '../analysis/risk-scores.js';
import { daysBetween } from '../util/dates.js';

/**
 * 27001 6.1.3 f / 42001 6.1.3: residual risk above the acceptance threshold of the risk criteria must be
 * accepted by someone allowed to accept it (the configured acceptors, else the risk owner), and the
 * acceptance must not have expired.
 */
export const rule: Rule = {
  meta: { id: 'residual-risk-unaccepted', description: 'A risk whose residual score is above the acceptance threshold has no valid acceptance (by an allowed person, not expired).', defaultSeverity: 'error', scope: 'check' },
  check(ctx) {
    const criteria = ctx.config.risk;
    for (const r of ctx.model.list('Risk')) {
      if (r.spec.status === 'closed') continue;
      const res = residualScore(r, criteria);
      if (!res || res.score <= criteria.acceptanceThreshold) continue;
      const id = r.metadata.id;
      const over = `residual score ${res.score} (${res.likelihood}x${res.impact}) is above the acceptance threshold ${criteria.acceptanceThreshold}`;
      const a = r.spec.acceptance;
      if (!a) {
        ctx.report({ record: r, pointer: r.spec.residual ? '/spec/residual' : '/spec/treatment/option', message: `Risk ${id}: ${over} but nobody accepted it (add spec.acceptance with by and date)` });
        continue;
      }
      const allowed = criteria.acceptors.length > 0 ? criteria.acceptors : [r.spec.owner ?? r.metadata.owner ?? ''];
      if (!allowed.includes(a.by)) {
        const who = criteria.acceptors.length > 0 ? `one of the acceptors in the risk criteria (${criteria.acceptors.join(', ')})` : `the risk owner${r.spec.owner ? ` (${r.spec.owner})` : ''}`;
        ctx.report({ record: r, pointer: '/spec/acceptance/by', message: `Risk ${id}: ${over}; it was accepted by ${a.by}, who is not ${who}` });
      } else if (a.until && daysBetween(a.until, ctx.today) > 0) {
        ctx.report({ record: r, pointer: '/spec/acceptance/until', message: `Risk ${id}: ${over}; its acceptance expired on ${a.until}` });
      }
    }
  },
};
