import type { Rule } from './types.js';

export const rule: Rule = {
  meta: { id: 'corrective-action-unverified', description: 'A nonconformity is closed without an effectiveness review, or with one that found the actions ineffective (10.2).', defaultSeverity: 'error', scope: 'check' },
  check(ctx) {
    for (const nc of ctx.model.list('Nonconformity')) {
      if (!nc.spec.closed) continue;
      const review = nc.spec.effectivenessReview;
      if (!review) {
        ctx.report({ record: nc, pointer: '/spec/closed', message: `Nonconformity ${nc.metadata.id} was closed on ${nc.spec.closed} without a review of whether its corrective actions worked (effectivenessReview)` });
      } else if (!review.effective) {
        ctx.report({ record: nc, pointer: '/spec/effectivenessReview/effective', message: `Nonconformity ${nc.metadata.id} was closed on ${nc.spec.closed} although its effectiveness review of ${review.date} found the actions not effective` });
      }
    }
  },
};
