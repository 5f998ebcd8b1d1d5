import type { Relation } from '../../catalog/types.js';
import { refView, type RefView, type ViewContext } from './context.js';

export interface RelationView {
  left: RefView;
  right: RefView;
  type: string;
  origin: string;
  rationale: string;
  aiGap: string;
}

export interface CrosswalkView {
  left: { catalog: string; label: string };
  right: { catalog: string; label: string };
  /** Relation counts between Annex A themes (rows) and areas (columns). */
  matrix: { columns: { id: string; title: string }[]; rows: { id: string; title: string; cells: { column: string; count: number }[]; total: number }[] };
  /** Annex A relations grouped by the left standard's theme. */
  groups: { id: string; title: string; relations: RelationView[] }[];
  clauses: RelationView[];
  /** Controls of the right standard that the crosswalk gives no counterpart. */
  unmatched: { ref: string; title: string; rationale: string }[];
  counts: { controls: number; clauses: number; unmatched: number };
}

/** The crosswalk between the first two standards in scope: a theme x area matrix and every relation with its rationale. */
export function buildCrosswalkView(ctx: ViewContext): CrosswalkView | null {
  const [a, b] = ctx.analysis.standards;
  if (!a || !b) return null;
  const catA = ctx.catalogs.catalogs.get(a.catalog)!;
  const catB = ctx.catalogs.catalogs.get(b.catalog)!;
  const toB = (ref: string): Relation[] => ctx.catalogs.related(ref).filter((r) => r.to.startsWith(`${b.catalog}:`));
  const view = (r: Relation): RelationView => ({ left: refView(ctx, r.from), right: refView(ctx, r.to), type: r.type, origin: r.origin, rationale: r.rationale, aiGap: r.aiGap ?? '' });

  const controlRelations = catA.controls.flatMap((c) => toB(c.ref));
  const groupOf = (ref: string) => ctx.catalogs.get(ref)?.group ?? '';
  const rows = catA.groups.map((g) => {
    const rels = controlRelations.filter((r) => groupOf(r.from) === g.id);
    const cells = catB.groups.map((col) => ({ column: col.id, count: rels.filter((r) => groupOf(r.to) === col.id).length }));
    return { id: g.id, title: g.title, cells, total: rels.length };
  });
  const groups = catA.groups
    .map((g) => ({ id: g.id, title: g.title, relations: controlRelations.filter((r) => groupOf(r.from) === g.id).map(view) }))
    .filter((g) => g.relations.length > 0);
  const clauses = catA.clauses.flatMap((c) => toB(c.ref)).map(view);
  const unmatched = [...ctx.catalogs.unmatched.values()]
    .filter((u) => u.ref.startsWith(`${b.catalog}:`) || u.ref.startsWith(`${a.catalog}:`))
    .map((u) => ({ ref: u.ref, title: ctx.catalogs.get(u.ref)?.title ?? '', rationale: u.rationale }));
  return {
    left: { catalog: a.catalog, label: a.title },
    right: { catalog: b.catalog, label: b.title },
    matrix: { columns: catB.groups.map((g) => ({ id: g.id, title: g.title })), rows },
    groups,
    clauses,
    unmatched,
    counts: { controls: controlRelations.length, clauses: clauses.length, unmatched: unmatched.length },
  };
}
