import type { CatalogSet } from '../catalog/catalog-set.js';
import type { CatalogEntry, RelationType } from '../catalog/types.js';

/** Filters of `annexa catalog`; every given filter must hold (repeated values of one filter: any). */
export interface CatalogFilter {
  /** Catalog ids, `iso27001` or `iso27001:2022`. */
  standard?: string[];
  /** Theme by id (`A.8`) or name (`technological`). */
  theme?: string[];
  /** Area or objective id (`A.6`, `A.6.2`). */
  area?: string[];
  /** Attribute values (`preventive`) or `name=value` (`controlType=preventive`); all must match. */
  attribute?: string[];
  /** List clauses instead of Annex A controls. */
  clauses?: boolean;
}

/** One catalog entry as `annexa catalog` shows it: identity, grouping, attributes and crosswalk relations. */
export interface CatalogItem {
  ref: string;
  title: string;
  type: 'control' | 'clause';
  description?: string;
  theme?: { id: string; title: string };
  objective?: { id: string; title: string };
  parent?: string;
  attributes?: Record<string, string[]>;
  related: { ref: string; title?: string; relation: RelationType; rationale: string; aiGap?: string }[];
  unmatched?: string;
}

/** The entries of every loaded catalog that pass the filter, in catalog order. */
export function listCatalog(set: CatalogSet, filter: CatalogFilter): CatalogItem[] {
  const standards = filter.standard?.map((s) => s.split(':')[0]!.toLowerCase());
  const items: CatalogItem[] = [];
  for (const catalog of set.catalogs.values()) {
    if (standards && !standards.includes(catalog.id)) continue;
    for (const e of filter.clauses ? catalog.clauses : catalog.controls) {
      const item = catalogItem(set, e);
      if (filter.theme?.length && !filter.theme.some((t) => matchesTheme(item, t))) continue;
      if (filter.area?.length && !filter.area.some((a) => matchesArea(item, a))) continue;
      if (filter.attribute?.length && !filter.attribute.every((a) => hasAttribute(item, a))) continue;
      items.push(item);
    }
  }
  return items;
}

/** One entry with the titles of its theme, objective and related refs resolved. */
export function catalogItem(set: CatalogSet, e: CatalogEntry): CatalogItem {
  const catalog = set.catalogs.get(e.catalog);
  const group = catalog?.groups.find((g) => g.id === e.group);
  const objective = catalog?.objectives.find((o) => o.id === e.objective);
  return {
    ref: e.ref,
    title: e.title,
    type: e.type,
    description: e.description,
    theme: group ? { id: group.id, title: group.title } : undefined,
    objective: objective ? { id: objective.id, title: objective.title } : undefined,
    parent: e.parent,
    attributes: e.attributes,
    related: set.related(e.ref).map((r) => ({ ref: r.to, title: set.get(r.to)?.title, relation: r.type, rationale: r.rationale, aiGap: r.aiGap })),
    unmatched: set.unmatched.get(e.ref)?.rationale,
  };
}

const id = (item: CatalogItem) => item.ref.slice(item.ref.indexOf(':') + 1);
const norm = (s: string) => s.trim().toLowerCase().replace(/[-\s]+/g, '_');

function matchesTheme(item: CatalogItem, value: string): boolean {
  if (!item.theme) return false;
  // `technological` names the theme "Technological controls"; `A.8` its id.
  return item.theme.id.toLowerCase() === value.toLowerCase() || norm(item.theme.title.split(' ')[0]!) === norm(value);
}

function matchesArea(item: CatalogItem, value: string): boolean {
  const v = value.toLowerCase();
  return item.theme?.id.toLowerCase() === v || item.objective?.id.toLowerCase() === v || (item.type === 'clause' && (id(item) === value || id(item).startsWith(`${value}.`)));
}

function hasAttribute(item: CatalogItem, value: string): boolean {
  const [name, wanted] = value.includes('=') ? value.split('=', 2) as [string, string] : [undefined, value];
  return Object.entries(item.attributes ?? {}).some(([k, vs]) => (name === undefined || norm(k) === norm(name)) && vs.some((v) => norm(v) === norm(wanted)));
}
