import type { Rule } from './types.js';
import type { ImpactAssessmentRecord } from '../model/types.js';

/** What a finished assessment shows; each missing part is named in the finding. */
function missingParts(a: ImpactAssessmentRecord): string[] {
  const s = a.spec;
  const affected = [...(s.affected?.individuals ?? []), ...(s.affected?.groups ?? []), ...(s.affected?.society ?? [])];
  const missing: string[] = [];
  if (!s.performed) missing.push('the date it was performed (spec.performed)');
  if ((s.impacts ?? []).length === 0) missing.push('impacts on individuals, groups or society (spec.impacts)');
  if (affected.length === 0) missing.push('who is affected (spec.affected)');
  if (!s.approval?.by || !s.approval.date) missing.push('an approval with by and date (spec.approval)');
  return missing;
}

/**
 * 42001 6.1.4 and 8.4: an impact assessment is evidence only when it was performed, says whom the system
 * affects and how, and was approved. A record with an id and a system name is a stub, not a pass.
 */
export const rule: Rule = {
  meta: { id: 'impact-assessment-incomplete', description: 'An AI system impact assessment lacks its performed date, the impacts and who is affected, or its approval (a stub is not an assessment).', defaultSeverity: 'error', scope: 'check' },
  check(ctx) {
    for (const a of ctx.model.list('ImpactAssessment')) {
      if (a.spec.status === 'superseded') continue;
      const missing = missingParts(a);
      if (missing.length > 0) ctx.report({ record: a, pointer: '/metadata/id', message: `Impact assessment ${a.metadata.id} of ${a.spec.aiSystem} is incomplete: it lacks ${missing.join(', ')}` });
    }
  },
};
