import type { Rule } from './types.js';
import type { ImpactAssessmentRecord } from '../model/types.js';
import { isHighRiskInUse } from './support/high-risk-ai.js';
import { classificationPointer } from '../model/ai-act-classification.js';

/** Stages in which the system affects people, so a draft assessment is no longer enough. */
const LIVE_STAGES = ['deployment', 'operation'];

export const rule: Rule = {
  meta: { id: 'high-risk-ai-without-impact-assessment', description: 'A high-risk AI system has no current AI system impact assessment of its own (42001 6.1.4, 8.4, A.5).', defaultSeverity: 'error', scope: 'check' },
  check(ctx) {
    const byId = new Map(ctx.model.list('ImpactAssessment').map((a) => [a.metadata.id, a]));
    for (const s of ctx.model.list('AISystem')) {
      if (!isHighRiskInUse(s)) continue;
      const id = s.metadata.id;
      // An assessment counts when it is about this system: named by it and naming it back, or naming it.
      const linked = s.spec.impactAssessment ? byId.get(s.spec.impactAssessment) : undefined;
      const own = [...byId.values()].filter((a) => a.spec.aiSystem === id && a.spec.status !== 'superseded');
      if (linked && linked.spec.aiSystem !== id) {
        ctx.report({ record: s, pointer: '/spec/impactAssessment', message: `AI system ${id} names impact assessment ${linked.metadata.id}, which assesses ${linked.spec.aiSystem}, not ${id}` });
        continue;
      }
      const live = s.spec.lifecycleStage !== undefined && LIVE_STAGES.includes(s.spec.lifecycleStage);
      const usable = (a: ImpactAssessmentRecord) => !(live && a.spec.status === 'draft');
      if (own.some(usable)) continue;
      const message = own.length > 0
        ? `AI system ${id} is ${s.spec.riskTier}-risk and in ${s.spec.lifecycleStage} but its impact assessment (${own.map((a) => a.metadata.id).join(', ')}) is still a draft`
        : `AI system ${id} is ${s.spec.riskTier}-risk but has no impact assessment (add an ImpactAssessment with aiSystem: ${id})`;
      ctx.report({ record: s, pointer: classificationPointer(s), message });
    }
  },
};
