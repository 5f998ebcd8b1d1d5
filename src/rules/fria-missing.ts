import type { Rule } from './types.js';
import { classificationPointer, inForce } from './support/ai-act.js';

export const rule: Rule = {
  meta: { id: 'fria-missing', description: 'A deployer to whom EU AI Act Article 27 applies (public bodies and public services, credit scoring, life and health insurance pricing) names no fundamental rights impact assessment for the high-risk system (spec.aiAct.fria).', defaultSeverity: 'error', scope: 'check' },
  check(ctx) {
    for (const { system: s, o } of inForce(ctx, 'Art.27')) {
      if (o.state === 'addressed') continue;
      const named = s.spec.aiAct?.fria;
      const ia = named ? ctx.model.get('ImpactAssessment', named) : undefined;
      const why = !named ? 'names no fundamental rights impact assessment (spec.aiAct.fria)' : ia ? `names ${named}, which assesses ${ia.spec.aiSystem}, not ${s.metadata.id}` : `names ${named}, which does not exist`;
      ctx.report({ record: s, pointer: named ? '/spec/aiAct/fria' : classificationPointer(s), message: `AI system ${s.metadata.id} is a high-risk system its deployer must assess under euaiact:Art.27 (since ${o.appliesFrom}) but ${why}` });
    }
  },
};
