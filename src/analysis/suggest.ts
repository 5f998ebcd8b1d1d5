import type { CatalogSet } from '../catalog/catalog-set.js';
import type { Model } from '../model/model.js';

/**
 * For a control without decision, names an implemented (or in-progress) control of the other
 * standard that the crosswalk relates to it, as a place to start, with what the mapping leaves
 * open for AI. A suggestion only: it never counts as coverage.
 */
export function suggestionFor(ref: string, model: Model, catalogs: CatalogSet): string | undefined {
  if ((model.decisions.get(ref) ?? []).length > 0) return undefined;
  const title = catalogs.get(ref)?.title ?? ref;
  for (const rel of catalogs.related(ref)) {
    const impl = (model.decisions.get(rel.to) ?? []).find((d) => d.spec.status === 'implemented' || d.spec.status === 'in-progress');
    if (!impl) continue;
    const gap = ref.startsWith('iso42001:') && rel.aiGap ? ` It must also address: ${rel.aiGap}` : '';
    return `start from ${impl.metadata.id} (${rel.to} ${catalogs.get(rel.to)?.title ?? ''}, ${impl.spec.status}): extend it to cover "${title}" and say in aiConsiderations what it does for this control.${gap} The crosswalk relation (${rel.type}) alone does not cover ${ref}.`;
  }
  return undefined;
}
