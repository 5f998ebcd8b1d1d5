import type { Rule } from './types.js';
import { statusOfRef } from '../analysis/soa.js';

/** States in which a control treats a risk today. */
const IN_PLACE = new Set(['implemented']);

/**
 * 27001 6.1.3 / 8.3: a risk marked treated rests on its controls. While one of them is only planned,
 * in progress or undecided, the treatment is a plan, not a fact, and the risk is still open.
 */
export const rule: Rule = {
  meta: { id: 'risk-treated-with-unimplemented-controls', description: 'A risk has status treated while some of its treatment controls are not implemented.', defaultSeverity: 'error', scope: 'check' },
  check(ctx) {
    for (const r of ctx.model.list('Risk')) {
      if (r.spec.status !== 'treated') continue;
      const controls = r.spec.treatment?.controls ?? [];
      const pending = controls
        .map((ref, i) => ({ ref, i, status: statusOfRef(ctx.model, ref) }))
        .filter((c) => !IN_PLACE.has(c.status) && c.status !== 'not-applicable');
      // Excluded treatment controls are treatment-control-excluded's finding.
      if (pending.length === 0) continue;
      const list = pending.map((c) => `${c.ref} ${ctx.catalogs.get(c.ref)?.title ?? ''}`.trim() + ` (${c.status})`).join(', ');
      ctx.report({ record: r, pointer: '/spec/status', message: `Risk ${r.metadata.id} is marked treated but ${pending.length === 1 ? 'its control' : `${pending.length} of its controls`} ${pending.length === 1 ? 'is' : 'are'} not implemented: ${list}; keep it open until they are` });
    }
  },
};
