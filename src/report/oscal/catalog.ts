import type { Catalog, CatalogEntry } from '../../catalog/types.js';
import { metadata, oneLine, oscalId, prop, type OscalContext } from './common.js';
import { oscalUuid } from './uuid.js';

type OscalControl = Record<string, unknown> & { controls?: OscalControl[] };

/** One catalog entry as an OSCAL control: id, title, label, annexa's own description as an overview part. */
function control(entry: CatalogEntry, children: OscalControl[]): OscalControl {
  const props = [{ name: 'label', value: entry.id }, prop('ref', entry.ref)];
  for (const [name, values] of Object.entries(entry.attributes ?? {}).sort(([a], [b]) => (a < b ? -1 : 1))) {
    for (const v of values) props.push(prop(`attribute-${name.replace(/[^A-Za-z0-9_.-]/g, '-')}`, v));
  }
  return {
    id: oscalId(entry.id, entry.type),
    class: entry.type === 'clause' ? 'clause' : 'control',
    title: oneLine(entry.title),
    props,
    ...(entry.description ? { parts: [{ name: 'overview', prose: entry.description.trim() }] } : {}),
    ...(children.length ? { controls: children } : {}),
  };
}

/** Clauses nest under their parent clause, as 6.1.3 sits under 6.1. */
function clauseTree(clauses: CatalogEntry[]): OscalControl[] {
  const ids = new Set(clauses.map((c) => c.id));
  const build = (parent: string | undefined): OscalControl[] =>
    clauses.filter((c) => (c.parent && ids.has(c.parent) ? c.parent : undefined) === parent).map((c) => control(c, build(c.id)));
  return build(undefined);
}

/**
 * A catalog (bundled ISO or user) as an OSCAL catalog: clauses in one group, Annex A controls grouped
 * by theme (27001) or area and objective (42001). Identifiers, titles and annexa's own words only.
 */
export function oscalCatalog(catalog: Catalog, ctx: OscalContext): unknown {
  const groups: Record<string, unknown>[] = [];
  if (catalog.clauses.length) groups.push({ id: 'clauses', class: 'clauses', title: 'Management system clauses', controls: clauseTree(catalog.clauses) });
  const grouped = new Set<string>();
  for (const g of catalog.groups) {
    const inGroup = catalog.controls.filter((c) => c.group === g.id);
    const objectives = catalog.objectives.filter((o) => o.group === g.id);
    const subgroups = objectives
      .map((o) => ({ o, controls: inGroup.filter((c) => c.objective === o.id) }))
      .filter((x) => x.controls.length > 0)
      .map(({ o, controls }) => {
        controls.forEach((c) => grouped.add(c.ref));
        return { id: `objective-${oscalId(o.id)}`, class: 'objective', title: oneLine(o.title), controls: controls.map((c) => control(c, [])) };
      });
    const direct = inGroup.filter((c) => !grouped.has(c.ref));
    direct.forEach((c) => grouped.add(c.ref));
    groups.push({
      id: oscalId(g.id),
      class: 'group',
      title: oneLine(g.title),
      ...(g.description ? { parts: [{ name: 'overview', prose: g.description.trim() }] } : {}),
      ...(direct.length ? { controls: direct.map((c) => control(c, [])) } : {}),
      ...(subgroups.length ? { groups: subgroups } : {}),
    });
  }
  const loose = catalog.controls.filter((c) => !grouped.has(c.ref)).map((c) => control(c, []));
  return {
    catalog: {
      uuid: oscalUuid('catalog', catalog.id, ctx.date),
      metadata: metadata(ctx, catalog.title, {
        remarks: catalog.bundled ? 'Identifiers and short titles only; every description is annexa\'s own wording, not text of the standard.' : `Exported from ${catalog.file}.`,
      }),
      ...(groups.length ? { groups } : {}),
      ...(loose.length ? { controls: loose } : {}),
    },
  };
}
