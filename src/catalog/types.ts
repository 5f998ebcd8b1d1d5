/** A catalog entry: an Annex A (or user) control, or a management-system clause. */
export interface CatalogEntry {
  /** Full ref, e.g. `iso27001:A.5.1` or `iso42001:6.1.4`. */
  ref: string;
  catalog: string;
  id: string;
  title: string;
  type: 'control' | 'clause';
  description?: string;
  /** Theme (27001) or area (42001) id for controls, e.g. `A.5`. */
  group?: string;
  /** 42001 objective id, e.g. `A.6.1`. */
  objective?: string;
  parent?: string;
  attributes?: Record<string, string[]>;
}

export interface CatalogGroup {
  id: string;
  title: string;
  description?: string;
}

export interface Catalog {
  id: string;
  title: string;
  /** e.g. `iso27001:2022` for bundled standards. */
  standard?: string;
  /** Repo-relative or bundled file it came from. */
  file: string;
  bundled: boolean;
  groups: CatalogGroup[];
  objectives: (CatalogGroup & { group?: string })[];
  controls: CatalogEntry[];
  clauses: CatalogEntry[];
}

export type RelationType = 'equivalent-to' | 'equal-to' | 'subset-of' | 'superset-of' | 'intersects-with' | 'no-relationship';

/** One direction of a crosswalk relation. Every stored relation yields two of these. */
export interface Relation {
  from: string;
  to: string;
  type: RelationType;
  origin: 'published' | 'annexa' | string;
  rationale: string;
  aiGap?: string;
  /** True when this is the derived reverse of the stored relation. */
  reversed: boolean;
}

export interface Unmatched {
  ref: string;
  rationale: string;
}

/** A loaded crosswalk as stored (one direction per relation), for exports that keep its provenance. */
export interface CrosswalkInfo {
  id: string;
  title: string;
  source: string;
  target: string;
  notice?: string;
  description?: string;
  relations: { source: string; target: string; type: RelationType; origin: string; rationale: string; aiGap?: string }[];
  unmatched: Unmatched[];
}
