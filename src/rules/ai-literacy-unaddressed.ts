import type { Rule } from './types.js';
import { classificationPointer, inForce } from './support/ai-act.js';

export const rule: Rule = {
  meta: { id: 'ai-literacy-unaddressed', description: 'The organisation provides or deploys AI systems but nothing addresses AI literacy (EU AI Act Article 4): no Control or Policy for it and no implemented competence or awareness control of ISO/IEC 42001 related to it.', defaultSeverity: 'error', scope: 'check' },
  check(ctx) {
    // Article 4 is owed by the organisation, not per system: one finding, at the first system that owes it.
    const owed = inForce(ctx, 'Art.4');
    const first = owed[0];
    if (!first || first.o.state !== 'open') return;
    ctx.report({
      record: first.system, pointer: classificationPointer(first.system), subject: 'euaiact:Art.4',
      message: `${owed.length} AI system(s) (${owed.map((x) => x.sys.id).join(', ')}) are provided or deployed but nothing addresses AI literacy (euaiact:Art.4, since ${first.o.appliesFrom}): implement a Control for euaiact:Art.4 or one of ${first.o.leads.map((l) => l.ref).join(', ')}`,
    });
  },
};
