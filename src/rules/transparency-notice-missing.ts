import type { Rule } from './types.js';
import { classificationPointer, inForce } from './support/ai-act.js';

/** ISO/IEC 42001 control for information to users of AI systems, the usual home of an Article 50 notice. */
const USER_INFORMATION = 'iso42001:A.8.2';

export const rule: Rule = {
  meta: { id: 'transparency-notice-missing', description: 'An AI system with EU AI Act Article 50 duties has no transparency notice: no implemented Control for ISO/IEC 42001 A.8.2 or euaiact:Art.50 and no notice Evidence (spec.aiAct.transparencyNotice).', defaultSeverity: 'error', scope: 'check' },
  check(ctx) {
    for (const { system: s, o } of inForce(ctx, 'Art.50')) {
      const viaA82 = o.leads.some((l) => l.ref === USER_INFORMATION && l.status === 'implemented');
      if (o.state === 'addressed' || viaA82) continue;
      const duties = (s.spec.aiAct?.transparency ?? ['interaction']).join(', ');
      ctx.report({
        record: s, pointer: s.spec.aiAct?.transparency ? '/spec/aiAct/transparency' : classificationPointer(s),
        message: `AI system ${s.metadata.id} has Article 50 duties (${duties}) since ${o.appliesFrom} but no transparency notice: implement ${USER_INFORMATION} or euaiact:Art.50, or name the notice Evidence in spec.aiAct.transparencyNotice`,
      });
    }
  },
};
