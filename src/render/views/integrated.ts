import type { SoaStatus } from '../../analysis/types.js';
import { compareRefs } from '../../catalog/catalog-set.js';
import { refView, type RefView, type ViewContext } from './context.js';

export interface IntegratedImplementationView {
  id: string;
  title: string;
  status: string;
  /** Refs per standard in scope, in scope order. */
  sides: { catalog: string; label: string; refs: RefView[] }[];
  aiConsiderations: string;
}

/** What a crosswalk pair means for the SoA. Only Control records count; the pair itself never does. */
export type PairState = 'shared' | 'both' | 'suggestion' | 'open' | 'partial';

export interface CrosswalkPairView {
  left: RefView;
  right: RefView;
  type: string;
  state: PairState;
  /** The Control records implementing both sides, for `shared`. */
  sharedBy: string[];
  note: string;
}

export interface IntegratedView {
  left: { catalog: string; label: string };
  right: { catalog: string; label: string };
  implementations: IntegratedImplementationView[];
  pairs: CrosswalkPairView[];
  counts: { implementations: number; withoutAiConsiderations: number; pairs: number; shared: number; both: number; suggestion: number; open: number; partial: number };
}

// Only implemented is done: a pair with one side in progress is not "both sides implemented".
const DONE: SoaStatus[] = ['implemented'];

/** Controls served by one implementation for both standards, and the crosswalk pairs with the state on each side. */
export function buildIntegratedView(ctx: ViewContext): IntegratedView | null {
  const [a, b] = ctx.analysis.standards;
  if (!a || !b) return null;
  const side = (s: typeof a) => ({ catalog: s.catalog, label: s.title });
  const implementations = ctx.analysis.integrated.map((i) => ({
    id: i.id,
    title: i.title,
    status: i.status,
    sides: ctx.analysis.standards.map((s) => ({ catalog: s.catalog, label: s.title, refs: (i.refs[s.catalog] ?? []).slice().sort(compareRefs).map((r) => refView(ctx, r)) })),
    aiConsiderations: i.aiConsiderations ?? '',
  }));
  const pairs: CrosswalkPairView[] = [];
  for (const c of ctx.catalogs.controlsOf(a.catalog)) {
    for (const rel of ctx.catalogs.related(c.ref)) {
      if (!rel.to.startsWith(`${b.catalog}:`) || ctx.catalogs.get(rel.to)?.type !== 'control') continue;
      pairs.push(pairView(ctx, c.ref, rel.to, rel.type));
    }
  }
  const count = (s: PairState) => pairs.filter((p) => p.state === s).length;
  return {
    left: side(a),
    right: side(b),
    implementations,
    pairs,
    counts: {
      implementations: implementations.length,
      withoutAiConsiderations: implementations.filter((i) => i.aiConsiderations.trim() === '').length,
      pairs: pairs.length,
      shared: count('shared'),
      both: count('both'),
      suggestion: count('suggestion'),
      open: count('open'),
      partial: count('partial'),
    },
  };
}

function pairView(ctx: ViewContext, leftRef: string, rightRef: string, type: string): CrosswalkPairView {
  const left = refView(ctx, leftRef);
  const right = refView(ctx, rightRef);
  const leftIds = new Set((ctx.model.decisions.get(leftRef) ?? []).map((d) => d.metadata.id));
  const sharedBy = (ctx.model.decisions.get(rightRef) ?? []).map((d) => d.metadata.id).filter((id) => leftIds.has(id)).sort();
  const done = (r: RefView) => r.status !== null && DONE.includes(r.status);
  let state: PairState;
  let note: string;
  if (sharedBy.length > 0 && done(left) && done(right)) {
    state = 'shared';
    note = `One implementation serves both: ${sharedBy.join(', ')}`;
  } else if (done(left) && done(right)) {
    state = 'both';
    note = 'Both sides implemented by separate records';
  } else if (done(left) !== done(right)) {
    const [has, lacks] = done(left) ? [left, right] : [right, left];
    if (lacks.status === 'no-decision') {
      state = 'suggestion';
      note = `Suggestion only: the implementation of ${has.ref} may be extended to ${lacks.ref}. Not counted until a Control record decides on ${lacks.ref}.`;
    } else {
      state = 'partial';
      note = `${lacks.ref} is ${lacks.status}`;
    }
  } else {
    state = 'open';
    note = left.status === 'no-decision' && right.status === 'no-decision' ? 'Neither side decided' : `Neither side implemented: ${left.ref} is ${left.status ?? 'out of scope'}, ${right.ref} is ${right.status ?? 'out of scope'}`;
  }
  return { left, right, type, state, sharedBy, note };
}
