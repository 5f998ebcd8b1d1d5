import type { CatalogSet } from '../catalog/catalog-set.js';
import type { Model } from '../model/model.js';
import type { SoaEntry } from './types.js';

/**
 * For a control without decision, names an implemented control of the other standard that the
 * crosswalk relates to it, as a place to start. It is a suggestion only: it never counts as coverage.
 */
export function suggestionFor(entry: SoaEntry, model: Model, catalogs: CatalogSet): string | undefined {
  if (entry.status !== 'no-decision') return undefined;
  for (const rel of catalogs.related(entry.ref)) {
    const impl = (model.decisions.get(rel.to) ?? []).find((d) => d.spec.status === 'implemented' || d.spec.status === 'in-progress');
    if (!impl) continue;
    const other = catalogs.get(rel.to);
    return `extend ${impl.metadata.id} (${rel.to} ${other?.title ?? ''}, ${impl.spec.status}) to cover "${entry.title}", and state in aiConsiderations what it does for this control; the crosswalk relation (${rel.type}) alone does not cover it`;
  }
  return undefined;
}
