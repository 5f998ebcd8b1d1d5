import type { Catalog, CatalogEntry, CrosswalkInfo, Relation, Unmatched } from './types.js';
import { didYouMean } from '../util/did-you-mean.js';
import { compareRefs } from '../util/compare-refs.js';

/** All loaded catalogs and the crosswalk, indexed for ref lookups. */
export class CatalogSet {
  readonly catalogs = new Map<string, Catalog>();
  private readonly entries = new Map<string, CatalogEntry>();
  private readonly relations = new Map<string, Relation[]>();
  readonly unmatched = new Map<string, Unmatched>();
  /** Every crosswalk as loaded, in load order (OSCAL mapping export keeps their provenance). */
  readonly crosswalks: CrosswalkInfo[] = [];

  add(catalog: Catalog): void {
    this.catalogs.set(catalog.id, catalog);
    for (const e of [...catalog.controls, ...catalog.clauses]) this.entries.set(e.ref, e);
  }

  addRelation(r: Relation): void {
    const list = this.relations.get(r.from) ?? [];
    if (list.some((x) => x.to === r.to && x.type === r.type)) return; // the same crosswalk loaded twice
    list.push(r);
    this.relations.set(r.from, list);
  }

  get(ref: string): CatalogEntry | undefined {
    return this.entries.get(ref);
  }

  /** Closest known ref for an unknown one (same catalog first), for did-you-mean hints. */
  suggest(ref: string): string | undefined {
    // Case slips (ISO27001:a.8.15) and a missing catalog prefix (A.8.15, when only one catalog has it).
    const lower = ref.toLowerCase();
    const sameButCase = [...this.entries.keys()].find((k) => k.toLowerCase() === lower);
    if (sameButCase && sameButCase !== ref) return sameButCase;
    if (!ref.includes(':')) {
      const owners = this.refsFor(ref);
      return owners.length === 1 ? owners[0] : undefined;
    }
    const [cat, id] = splitRef(ref);
    const sameCatalog = this.catalogs.get(cat);
    if (sameCatalog && id !== undefined) {
      // Punctuation slips (A5.2, A.5-2): the one entry whose id has the same letters and digits. Edit
      // distance alone would pick the clause 5.2 for A5.2, one deletion away.
      const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
      const same = [...sameCatalog.controls, ...sameCatalog.clauses].filter((e) => squash(e.id) === squash(id));
      if (same.length === 1 && same[0]!.ref !== ref) return same[0]!.ref;
      // A common slip: a 27001 control written without its `A.` prefix (5.1 is a clause, A.5.1 a control).
      const prefixed = `${cat}:A.${id}`;
      if (!/^A\./.test(id) && this.entries.has(prefixed) && !this.entries.has(ref)) return prefixed;
      const ids = [...sameCatalog.controls, ...sameCatalog.clauses].map((e) => e.id);
      const hit = didYouMean(id, ids);
      if (hit) return `${cat}:${hit}`;
    }
    const catHit = didYouMean(cat, this.catalogs.keys());
    if (catHit && id !== undefined && this.entries.has(`${catHit}:${id}`)) return `${catHit}:${id}`;
    return undefined;
  }

  /**
   * A theme/area (`iso27001:A.8`) or 42001 objective (`iso42001:A.6.1`) heading: not a control, but
   * a group of them. Crosswalk and catalog browsing accept it; records must name the controls.
   */
  heading(ref: string): { ref: string; kind: 'objective' | 'theme'; title: string; controls: string[] } | undefined {
    const [cat, id] = splitRef(ref);
    const catalog = this.catalogs.get(cat);
    if (!catalog || id === undefined) return undefined;
    const objective = catalog.objectives.find((o) => o.id === id);
    if (objective) return { ref, kind: 'objective', title: objective.title, controls: catalog.controls.filter((c) => c.objective === id).map((c) => c.ref) };
    const group = catalog.groups.find((g) => g.id === id);
    if (group) return { ref, kind: 'theme', title: group.title, controls: catalog.controls.filter((c) => c.group === id).map((c) => c.ref) };
    return undefined;
  }

  /** Full refs of every catalog that has this bare id (A.5.2 -> iso27001:A.5.2, iso42001:A.5.2). */
  refsFor(id: string): string[] {
    return [...this.catalogs.keys()].map((c) => `${c}:${id}`).filter((r) => this.entries.has(r));
  }

  /** Relations from a ref to refs of other catalogs, stable order: by catalog load order (the ISO standards first), then ref. */
  related(ref: string): Relation[] {
    const order = [...this.catalogs.keys()];
    const rank = (r: Relation) => order.indexOf(splitRef(r.to)[0]);
    return [...(this.relations.get(ref) ?? [])].sort((a, b) => rank(a) - rank(b) || compareRefs(a.to, b.to));
  }

  /** Annex A controls of a catalog in catalog order. */
  controlsOf(catalogId: string): CatalogEntry[] {
    return this.catalogs.get(catalogId)?.controls ?? [];
  }
}

export function splitRef(ref: string): [string, string | undefined] {
  const i = ref.indexOf(':');
  return i < 0 ? [ref, undefined] : [ref.slice(0, i), ref.slice(i + 1)];
}

export { compareRefs } from '../util/compare-refs.js';
