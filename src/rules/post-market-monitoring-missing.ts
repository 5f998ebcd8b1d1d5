import type { Rule } from './types.js';
import { classificationPointer, inForce } from './support/ai-act.js';

export const rule: Rule = {
  meta: { id: 'post-market-monitoring-missing', description: 'The organisation provides a high-risk AI system but holds no post-market monitoring plan for it (EU AI Act Article 72): no implemented Control for euaiact:Art.72 and no plan Evidence (spec.aiAct.postMarketMonitoring).', defaultSeverity: 'error', scope: 'check' },
  check(ctx) {
    for (const { system: s, o } of inForce(ctx, 'Art.72')) {
      if (o.state === 'addressed') continue;
      // Operation monitoring under 42001 A.6.2.6 is a lead, not a plan: Article 72 asks for a documented plan.
      const named = s.spec.aiAct?.postMarketMonitoring;
      ctx.report({
        record: s, pointer: named ? '/spec/aiAct/postMarketMonitoring' : classificationPointer(s),
        message: `AI system ${s.metadata.id} is a high-risk system the organisation provides, and since ${o.appliesFrom} needs a post-market monitoring plan (euaiact:Art.72)${named ? `, but Evidence ${named} does not exist` : ''}: name the plan's Evidence in spec.aiAct.postMarketMonitoring or implement a Control for euaiact:Art.72`,
      });
    }
  },
};
