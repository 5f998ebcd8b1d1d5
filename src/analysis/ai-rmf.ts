import type { CatalogSet } from '../catalog/catalog-set.js';
import type { Model } from '../model/model.js';
import { combinedStatus } from './soa.js';
import type { Holder, Lead, ObligationState } from './ai-act.js';

/** One AI RMF subcategory with what the organisation's records offer for it. */
export interface RmfRow {
  ref: string;
  function: string;
  category: string;
  title: string;
  description: string;
  /** Controls implementing the subcategory itself, Policies addressing it. */
  direct: Holder[];
  /** Related ISO/IEC 42001 entries through the crosswalk, with their state: suggestions, never coverage. */
  leads: Lead[];
  /** addressed: an implemented Control or a Policy names it; suggested: only an implemented related 42001 control; open: nothing. */
  state: ObligationState;
}

export const RMF_CATALOG = 'nist-ai-rmf';

/** The NIST AI RMF profile: every subcategory in framework order, answered from the 42001 implementation. */
export function aiRmfProfile(model: Model, catalogs: CatalogSet): RmfRow[] {
  const policies = model.list('Policy');
  return catalogs.controlsOf(RMF_CATALOG).map((e) => {
    const direct: Holder[] = [
      ...(model.decisions.get(e.ref) ?? []).map((d) => ({ kind: 'Control', id: d.metadata.id, status: d.spec.status, via: 'spec.implements' })),
      ...policies.filter((p) => (p.spec.addresses ?? []).includes(e.ref)).map((p) => ({ kind: 'Policy', id: p.metadata.id, via: 'spec.addresses' })),
    ];
    const leads = catalogs.related(e.ref).filter((r) => r.to.startsWith('iso42001:')).map((r) => {
      const ds = model.decisions.get(r.to) ?? [];
      return { ref: r.to, title: catalogs.get(r.to)?.title ?? '', relation: r.type, status: combinedStatus(ds), implementedBy: ds.map((d) => d.metadata.id) };
    });
    const addressed = direct.some((h) => h.kind !== 'Control' || h.status === 'implemented');
    const state: ObligationState = addressed ? 'addressed' : leads.some((l) => l.status === 'implemented') ? 'suggested' : 'open';
    return { ref: e.ref, function: e.group ?? '', category: e.objective ?? '', title: e.title, description: e.description ?? '', direct, leads, state };
  });
}
