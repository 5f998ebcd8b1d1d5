import type { Rule } from './types.js';
import type { AISystemRecord, ImpactAssessmentRecord } from '../model/types.js';
import { isHighRiskInUse } from './support/high-risk-ai.js';
import { classificationPointer } from '../model/ai-act-classification.js';
import { groupBy } from '../util/group-by.js';

/** Stages in which the system affects people, so a draft assessment is no longer enough. */
const LIVE_STAGES = ['deployment', 'operation'];

/**
 * 42001 6.1.4 and 8.4: every AI system in the AIMS scope is assessed for its impact on individuals, groups
 * and society, or a recorded screening decision says why a full assessment is not needed. High-risk
 * systems always need the full assessment. Formerly high-risk-ai-without-impact-assessment (high tier only).
 */
export const rule: Rule = {
  meta: { id: 'ai-system-without-impact-assessment', description: 'An AI system in the AIMS scope has neither an impact assessment of its own nor a recorded screening decision; high-risk systems need a current full assessment (42001 6.1.4, 8.4, A.5).', defaultSeverity: 'error', scope: 'check' },
  check(ctx) {
    // Assessments per system, in id order: one pass instead of a scan of all assessments per system.
    const bySystem = groupBy(ctx.model.list('ImpactAssessment'), (a) => a.spec.aiSystem);
    for (const s of ctx.model.list('AISystem')) {
      if (s.spec.lifecycleStage === 'retired' || s.spec.inScope === false) continue;
      const id = s.metadata.id;
      const linked = s.spec.impactAssessment ? ctx.model.get('ImpactAssessment', s.spec.impactAssessment) : undefined;
      if (linked && linked.spec.aiSystem !== id) {
        ctx.report({ record: s, pointer: '/spec/impactAssessment', message: `AI system ${id} names impact assessment ${linked.metadata.id}, which assesses ${linked.spec.aiSystem}, not ${id}` });
        continue;
      }
      const own = (bySystem.get(id) ?? []).filter((a) => a.spec.status !== 'superseded');
      const message = isHighRiskInUse(s) ? highRiskGap(s, own) : screeningGap(s, own);
      if (message) ctx.report({ record: s, pointer: classificationPointer(s), message });
    }
  },
};

function highRiskGap(s: AISystemRecord, own: ImpactAssessmentRecord[]): string | undefined {
  const live = s.spec.lifecycleStage !== undefined && LIVE_STAGES.includes(s.spec.lifecycleStage);
  if (own.some((a) => !(live && a.spec.status === 'draft'))) return undefined;
  const id = s.metadata.id;
  if (own.length > 0) return `AI system ${id} is ${s.spec.riskTier}-risk and in ${s.spec.lifecycleStage} but its impact assessment (${own.map((a) => a.metadata.id).join(', ')}) is still a draft`;
  const screened = s.spec.impactScreening?.outcome === 'not-required' ? '; a screening decision is not enough for a high-risk system' : '';
  return `AI system ${id} is ${s.spec.riskTier}-risk but has no impact assessment (add an ImpactAssessment with aiSystem: ${id})${screened}`;
}

function screeningGap(s: AISystemRecord, own: ImpactAssessmentRecord[]): string | undefined {
  if (own.length > 0) return undefined;
  const id = s.metadata.id;
  const screening = s.spec.impactScreening;
  if (screening?.outcome === 'not-required') return undefined;
  if (screening?.outcome === 'required') return `AI system ${id}: its screening on ${screening.date} found a full impact assessment required, but there is none (add an ImpactAssessment with aiSystem: ${id})`;
  return `AI system ${id} (tier ${s.spec.riskTier}) has neither an impact assessment nor a recorded screening decision (add an ImpactAssessment with aiSystem: ${id}, or spec.impactScreening saying why none is needed)`;
}
