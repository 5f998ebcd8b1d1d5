import type { CatalogSet } from '../catalog/catalog-set.js';
import type { Model } from '../model/model.js';
import { combinedStatus } from './soa.js';
import type { SoaStatus } from './types.js';
import { suggestionFor } from './suggest.js';

export interface CrosswalkLink {
  ref: string;
  title: string;
  relation: string;
  origin: string;
  rationale: string;
  aiGap?: string;
  /** State of the related control in this repo: it informs, it never covers. */
  status: SoaStatus;
  implementedBy: string[];
}

export interface CrosswalkEntry {
  ref: string;
  title: string;
  type: 'control' | 'clause';
  status: SoaStatus;
  implementedBy: string[];
  related: CrosswalkLink[];
  /** Why the entry has no counterpart, when the crosswalk says so. */
  unmatched?: string;
  /** For an entry without decision: a related implementation to start from. */
  suggestion?: string;
}

/** The crosswalk seen from one ref, with the repo's state on both sides. */
export function crosswalkEntry(ref: string, catalogs: CatalogSet, model: Model): CrosswalkEntry | undefined {
  const entry = catalogs.get(ref);
  if (!entry) return undefined;
  const decisions = model.decisions.get(ref) ?? [];
  const status = combinedStatus(decisions);
  const related = catalogs.related(ref).map((r) => {
    const ds = model.decisions.get(r.to) ?? [];
    return { ref: r.to, title: catalogs.get(r.to)?.title ?? '', relation: r.type, origin: r.origin, rationale: r.rationale, aiGap: r.aiGap, status: combinedStatus(ds), implementedBy: ds.map((d) => d.metadata.id) };
  });
  return { ref, title: entry.title, type: entry.type, status, implementedBy: decisions.map((d) => d.metadata.id), related, unmatched: catalogs.unmatched.get(ref)?.rationale, suggestion: suggestionFor(ref, model, catalogs) };
}
