import type { CatalogSet } from '../catalog/catalog-set.js';
import { loadObligations, type ObligationMatrix, type ObligationRow } from '../catalog/ai-act-obligations.js';
import type { Model } from '../model/model.js';
import type { AISystemRecord, PolicyRecord } from '../model/types.js';
import { classify, type AiActClassification } from '../model/ai-act-classification.js';
import { statusOfRef } from './soa.js';
import type { SoaStatus } from './types.js';
import { systemHolders } from './ai-act-holders.js';
import { groupBy } from '../util/group-by.js';

/** A record that addresses an article directly: a Control implementing it, a Policy naming it, a system record. */
export interface Holder {
  kind: string;
  id: string;
  /** Control status, when the holder is a Control. */
  status?: string;
  /** The field that links it (spec.implements, spec.addresses, spec.aiAct.fria, ...). */
  via: string;
}

/** An ISO/IEC 42001 entry the crosswalk relates to the article, with the repo's state: a lead, never coverage. */
export interface Lead {
  ref: string;
  title: string;
  relation: string;
  status: SoaStatus;
  implementedBy: string[];
}

export type ObligationState = 'addressed' | 'suggested' | 'open';

export interface ObligationView {
  ref: string;
  title: string;
  /** The system's roles that owe the article. */
  roles: string[];
  appliesFrom: string;
  dateSource: string;
  /** The application date has passed (on `today`). */
  inForce: boolean;
  direct: Holder[];
  leads: Lead[];
  /** addressed: an implemented Control, a Policy or the system's own record; suggested: only an implemented related 42001 control; open: nothing. */
  state: ObligationState;
}

export interface SystemObligations {
  id: string;
  title: string;
  lifecycleStage?: string;
  classification: AiActClassification;
  obligations: ObligationView[];
  counts: { applicable: number; inForce: number; addressed: number; suggested: number; open: number };
}

/** Does a conditional row apply to this system? (Article 27(1) scope; public bodies registering their use.) */
function conditionHolds(row: ObligationRow, s: AISystemRecord, c: AiActClassification): boolean {
  if (row.condition === 'public-body') return s.spec.aiAct?.publicService === true;
  if (row.condition === 'fria') {
    const area = c.annexIII ?? '';
    if (area.startsWith('2')) return false; // critical infrastructure is left out of Article 27
    return s.spec.aiAct?.publicService === true || area === '5(b)' || area === '5(c)';
  }
  return true;
}

/**
 * The 42001 leads of an article depend on the article and the repo, not on the system: computed once per ref and
 * shared by every system's view (one list per system was 40 MB at 20,000 AI systems). Views are read, never changed.
 */
type LeadCache = Map<string, Lead[]>;

/** The obligations one system carries from roles x route, each with what the repo holds for it. */
export function systemObligations(s: AISystemRecord, model: Model, catalogs: CatalogSet, today: string, matrix: ObligationMatrix = loadObligations(), leadCache: LeadCache = new Map()): SystemObligations {
  const c = classify(s);
  const byArticle = new Map<string, { roles: Set<string>; from: string }>();
  if (s.spec.lifecycleStage !== 'retired') {
    for (const row of matrix.rows) {
      const roles = row.roles.filter((r) => c.roles.includes(r));
      if (roles.length === 0 || !row.routes.some((t) => t === 'any' || c.tags.includes(t)) || !conditionHolds(row, s, c)) continue;
      const date = matrix.dates.get(row.from)!.date;
      const seen = byArticle.get(row.article);
      // The same article owed on two routes applies from the earlier date.
      if (!seen) byArticle.set(row.article, { roles: new Set(roles), from: row.from });
      else {
        roles.forEach((r) => seen.roles.add(r));
        if (date < matrix.dates.get(seen.from)!.date) seen.from = row.from;
      }
    }
  }
  const obligations = [...byArticle.entries()]
    .sort(([a], [b]) => Number(a.slice(4)) - Number(b.slice(4)))
    .map(([article, o]) => obligationView(`${matrix.catalog}:${article}`, [...o.roles], matrix.dates.get(o.from)!, s, model, catalogs, today, leadCache));
  const count = (st: ObligationState) => obligations.filter((o) => o.state === st).length;
  return {
    id: s.metadata.id, title: s.metadata.title, lifecycleStage: s.spec.lifecycleStage, classification: c, obligations,
    counts: { applicable: obligations.length, inForce: obligations.filter((o) => o.inForce).length, addressed: count('addressed'), suggested: count('suggested'), open: count('open') },
  };
}

const policyIndex = new WeakMap<Model, { size: number; byRef: Map<string, PolicyRecord[]> }>();

/** Policies per addressed ref, in id order, built once per model: scanning all policies per obligation was quadratic. */
function policiesByRef(model: Model): Map<string, PolicyRecord[]> {
  const held = policyIndex.get(model);
  if (held && held.size === model.records.length) return held.byRef;
  const byRef = groupBy(model.list('Policy'), (p) => p.spec.addresses);
  policyIndex.set(model, { size: model.records.length, byRef });
  return byRef;
}

function leadsOf(ref: string, model: Model, catalogs: CatalogSet, cache: LeadCache): Lead[] {
  let leads = cache.get(ref);
  if (!leads) {
    leads = catalogs.related(ref).filter((r) => r.to.startsWith('iso42001:')).map((r) => {
      const ds = model.decisions.get(r.to) ?? [];
      return { ref: r.to, title: catalogs.get(r.to)?.title ?? '', relation: r.type, status: statusOfRef(model, r.to), implementedBy: ds.map((d) => d.metadata.id) };
    });
    cache.set(ref, leads);
  }
  return leads;
}

function obligationView(ref: string, roles: string[], date: { date: string; source: string }, s: AISystemRecord, model: Model, catalogs: CatalogSet, today: string, leadCache: LeadCache): ObligationView {
  const direct: Holder[] = [
    ...(model.decisions.get(ref) ?? []).map((d) => ({ kind: 'Control', id: d.metadata.id, status: d.spec.status, via: 'spec.implements' })),
    ...(policiesByRef(model).get(ref) ?? []).map((p) => ({ kind: 'Policy', id: p.metadata.id, via: 'spec.addresses' })),
    ...systemHolders(ref, s, model),
  ];
  const leads = leadsOf(ref, model, catalogs, leadCache);
  const addressed = direct.some((h) => h.kind !== 'Control' || h.status === 'implemented');
  const state: ObligationState = addressed ? 'addressed' : leads.some((l) => l.status === 'implemented') ? 'suggested' : 'open';
  return { ref, title: catalogs.get(ref)?.title ?? '', roles, appliesFrom: date.date, dateSource: date.source, inForce: date.date <= today, direct, leads, state };
}

/** Obligations of every AI system in the inventory (or one), in id order. */
export function aiActView(model: Model, catalogs: CatalogSet, today: string, only?: string): SystemObligations[] {
  const matrix = loadObligations();
  const leads: LeadCache = new Map();
  return model.list('AISystem').filter((s) => !only || s.metadata.id === only).map((s) => systemObligations(s, model, catalogs, today, matrix, leads));
}
