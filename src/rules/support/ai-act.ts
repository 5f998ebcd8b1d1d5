import { aiActView, type ObligationView, type SystemObligations } from '../../analysis/ai-act.js';
import type { AISystemRecord } from '../../model/types.js';
import { classificationPointer } from '../../model/ai-act-classification.js';
import type { RuleContext } from '../types.js';

const cache = new WeakMap<object, SystemObligations[]>();

/** The AI Act obligations of every system, computed once per run for all AI Act rules. */
export function obligationsOf(ctx: RuleContext): SystemObligations[] {
  let v = cache.get(ctx.model);
  if (!v) cache.set(ctx.model, (v = aiActView(ctx.model, ctx.catalogs, ctx.today)));
  return v;
}

/** Drops the run's obligations when the rules are done: ~1.2 KB per AI system, needed by rules only. */
export function forgetObligations(ctx: Pick<RuleContext, 'model'>): void {
  cache.delete(ctx.model);
}

/** Each in-force obligation on one article, with its system record. */
export function inForce(ctx: RuleContext, article: string): { system: AISystemRecord; sys: SystemObligations; o: ObligationView }[] {
  return obligationsOf(ctx).flatMap((sys) => {
    const o = sys.obligations.find((x) => x.ref === `euaiact:${article}` && x.inForce);
    return o ? [{ system: ctx.model.get('AISystem', sys.id)!, sys, o }] : [];
  });
}

/** "provider, deployer; high-risk-annex-iii 5(b)": how a message names the classification. */
export function describe(sys: SystemObligations): string {
  const c = sys.classification;
  const assumed = c.legacy ? ', read from riskTier/role: add spec.aiAct' : '';
  return `${c.roles.join(', ') || 'no role'}; ${c.route}${c.annexIII ? ` ${c.annexIII}` : ''}${assumed}`;
}

export { classificationPointer };
