import type { CatalogSet } from '../catalog/catalog-set.js';
import type { Model } from '../model/model.js';
import { combinedStatus } from './soa.js';
import type { SoaStatus } from './types.js';

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
  let suggestion: string | undefined;
  if (status === 'no-decision') {
    const start = related.find((r) => r.status === 'implemented' || r.status === 'in-progress');
    if (start) {
      const gap = ref.startsWith('iso42001:') && start.aiGap ? ` It must also address: ${start.aiGap}` : '';
      suggestion = `start from ${start.implementedBy[0]} (${start.ref} ${start.title}, ${start.status}): extend it to cover ${entry.title} and record what it does for this control in aiConsiderations.${gap} Until then ${ref} counts as not covered.`;
    }
  }
  return { ref, title: entry.title, type: entry.type, status, implementedBy: decisions.map((d) => d.metadata.id), related, unmatched: catalogs.unmatched.get(ref)?.rationale, suggestion };
}
