import type { CatalogSet } from '../../catalog/catalog-set.js';
import { splitRef } from '../../catalog/catalog-set.js';
import type { CrosswalkInfo } from '../../catalog/types.js';
import { ANNEXA_NS, metadata, oneLine, oscalId, prop, type OscalContext } from './common.js';
import { oscalUuid } from './uuid.js';

/** A crosswalk ref as an OSCAL mapping item: the control's id as its OSCAL catalog export writes it. */
function item(ref: string, catalogs: CatalogSet): { type: 'control'; 'id-ref': string } {
  const entry = catalogs.get(ref);
  return { type: 'control', 'id-ref': oscalId(splitRef(ref)[1] ?? ref, entry?.type ?? 'control') };
}

/** The catalog a side of the mapping points at, as a back-matter resource (annexa prop names its id). */
function resource(catalogId: string, catalogs: CatalogSet): Record<string, unknown> {
  const c = catalogs.catalogs.get(catalogId);
  return {
    uuid: oscalUuid('resource', 'catalog', catalogId),
    title: oneLine(c?.title ?? catalogId),
    props: [prop('catalog-id', catalogId)],
    rlinks: [{ href: `${catalogId}-catalog.json`, 'media-type': 'application/json' }],
  };
}

function mapping(cw: CrosswalkInfo, catalogs: CatalogSet): Record<string, unknown> {
  const unmatchedTargets = cw.unmatched.filter((u) => splitRef(u.ref)[0] === cw.target);
  return {
    uuid: oscalUuid('mapping', cw.id),
    'source-resource': { type: 'catalog', href: `#${oscalUuid('resource', 'catalog', cw.source)}` },
    'target-resource': { type: 'catalog', href: `#${oscalUuid('resource', 'catalog', cw.target)}` },
    maps: cw.relations.map((r) => ({
      uuid: oscalUuid('map', cw.id, r.source, r.target),
      ns: 'http://csrc.nist.gov/ns/oscal',
      relationship: r.type,
      sources: [item(r.source, catalogs)],
      targets: [item(r.target, catalogs)],
      // Provenance per relation: from the published comparison or annexa's own analysis.
      props: [prop('origin', r.origin), prop('source-ref', r.source), prop('target-ref', r.target)],
      ...(r.aiGap
        ? { qualifiers: [{ subject: 'target', predicate: 'has-requirement', category: 'addressable', description: r.aiGap.trim() }] }
        : {}),
      remarks: r.rationale.trim(),
    })),
    ...(unmatchedTargets.length
      ? {
          'target-gap-summary': {
            uuid: oscalUuid('gap', cw.id, cw.target),
            'unmapped-controls': [{ 'with-ids': unmatchedTargets.map((u) => item(u.ref, catalogs)['id-ref']) }],
          },
          remarks: unmatchedTargets.map((u) => `${u.ref}: ${u.rationale.trim()}`).join('\n\n'),
        }
      : {}),
  };
}

/**
 * Every loaded crosswalk as an OSCAL mapping collection: relation types are the NIST IR 8477 words annexa
 * already uses; each map keeps its rationale (remarks), origin (prop) and what the AI side still needs
 * (a has-requirement qualifier). A relation never means one control satisfies the other.
 */
export function oscalMappingCollection(catalogs: CatalogSet, ctx: OscalContext): unknown {
  const crosswalks = catalogs.crosswalks;
  const catalogIds = [...new Set(crosswalks.flatMap((c) => [c.source, c.target]))];
  const notices = crosswalks.map((c) => c.notice).filter((n): n is string => !!n);
  return {
    'mapping-collection': {
      uuid: oscalUuid('mapping-collection', ...crosswalks.map((c) => c.id), ctx.date),
      metadata: metadata(ctx, crosswalks.map((c) => c.title).join('; ') || 'annexa crosswalks'),
      provenance: {
        method: 'human',
        'matching-rationale': 'semantic',
        status: 'complete',
        'mapping-description': 'Relations between the controls and clauses of the catalogs, typed with the NIST IR 8477 set-theory words. A relation suggests where one implementation can serve both sides; it never means that implementing one control satisfies the other.',
        props: [{ name: 'source', ns: ANNEXA_NS, value: 'annexa crosswalk files' }],
        ...(notices.length ? { remarks: notices.join('\n\n') } : {}),
      },
      mappings: crosswalks.map((c) => mapping(c, catalogs)),
      'back-matter': { resources: catalogIds.map((id) => resource(id, catalogs)) },
    },
  };
}
