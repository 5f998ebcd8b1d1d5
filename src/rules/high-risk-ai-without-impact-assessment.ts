import type { Rule } from './types.js';
import { isHighRiskInUse } from './support/high-risk-ai.js';

export const rule: Rule = {
  meta: { id: 'high-risk-ai-without-impact-assessment', description: 'A high-risk AI system has no AI system impact assessment (42001 6.1.4, 8.4, A.5).', defaultSeverity: 'error', scope: 'check' },
  check(ctx) {
    const current = ctx.model.list('ImpactAssessment').filter((a) => a.spec.status !== 'superseded');
    const assessed = new Set(current.map((a) => a.spec.aiSystem));
    for (const s of ctx.model.list('AISystem')) {
      if (!isHighRiskInUse(s)) continue;
      const linked = s.spec.impactAssessment && current.find((a) => a.metadata.id === s.spec.impactAssessment);
      if (linked || assessed.has(s.metadata.id)) continue;
      ctx.report({ record: s, pointer: '/spec/riskTier', message: `AI system ${s.metadata.id} is ${s.spec.riskTier}-risk but has no impact assessment (add an ImpactAssessment with aiSystem: ${s.metadata.id})` });
    }
  },
};
