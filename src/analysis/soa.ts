import type { CatalogSet } from '../catalog/catalog-set.js';
import type { CatalogEntry } from '../catalog/types.js';
import type { Model } from '../model/model.js';
import type { ControlRecord } from '../model/types.js';
import type { SoaDecision, SoaEntry, SoaStatus, SoaEvidence } from './types.js';
import { groupBy } from '../util/group-by.js';

/**
 * State of one record's decision on a control. An implemented control that a provider runs is shown as
 * the provider's (inherited or shared): neither implemented by us nor excluded.
 */
export function decisionStatus(d: ControlRecord): Exclude<SoaStatus, 'no-decision'> {
  return d.spec.provider && d.spec.status === 'implemented' ? d.spec.provider.responsibility : d.spec.status;
}

const IN_OPERATION = new Set<SoaStatus>(['implemented', 'inherited', 'shared']);

/** Combined state of several Control decisions on one control. Applicable decisions win over exclusions. */
export function combinedStatus(decisions: ControlRecord[]): SoaStatus {
  if (decisions.length === 0) return 'no-decision';
  const applicable = decisions.filter((d) => d.spec.status !== 'not-applicable');
  if (applicable.length === 0) return 'not-applicable';
  const states = new Set<SoaStatus>(applicable.map(decisionStatus));
  if (states.size === 1) return [...states][0]!;
  // In operation by several parties: ours and a provider's together make the control shared.
  if ([...states].every((s) => IN_OPERATION.has(s))) return 'shared';
  if ([...states].some((s) => IN_OPERATION.has(s) || s === 'in-progress')) return 'in-progress';
  return 'planned';
}

const refStatus = new WeakMap<Model, { size: number; byRef: Map<string, SoaStatus> }>();

/**
 * combinedStatus of the model's decisions on a ref, computed once per ref: rules and AI Act views ask
 * for the same ref once per risk or obligation, and each answer walks every decision on it.
 */
export function statusOfRef(model: Model, ref: string): SoaStatus {
  let held = refStatus.get(model);
  if (!held || held.size !== model.records.length) refStatus.set(model, (held = { size: model.records.length, byRef: new Map() }));
  let s = held.byRef.get(ref);
  if (s === undefined) held.byRef.set(ref, (s = combinedStatus(model.decisions.get(ref) ?? [])));
  return s;
}

/** The reason one record gives for one control: its per-control decision first, else the record's. */
export function reasonFor(d: ControlRecord, ref: string): string {
  return (d.spec.decisions?.[ref]?.justification ?? d.spec.justification ?? '').trim();
}

/** Controls listed in a standard's SoA: its own, then additional controls of user catalogs that extend it. */
export function soaControls(catalogs: CatalogSet, catalogId: string): CatalogEntry[] {
  const extra = [...catalogs.catalogs.values()].filter((c) => c.extends === catalogId && c.id !== catalogId).sort((a, b) => (a.id < b.id ? -1 : 1));
  return [...catalogs.controlsOf(catalogId), ...extra.flatMap((c) => c.controls.map((e) => ({ ...e, group: e.group ?? additionalGroupId(c.id) })))];
}

/** Group of a user catalog's additional controls that name no group of their own. */
export function additionalGroupId(catalogId: string): string {
  return `${catalogId}:additional`;
}

/** The Statement of Applicability of one catalog: every Annex A control, in catalog order, plus added controls. */
export function buildSoa(model: Model, catalogs: CatalogSet, catalogId: string): SoaEntry[] {
  const catalog = catalogs.catalogs.get(catalogId);
  if (!catalog) return [];
  const groups = new Map([...catalogs.catalogs.values()].flatMap((c) => c.groups.map((g) => [`${c.id}|${g.id}`, g] as const)));
  const objectives = new Map(catalog.objectives.map((o) => [o.id, o]));
  const risksByRef = indexRisks(model);
  const policiesByRef = indexPolicies(model);
  return soaControls(catalogs, catalogId).map((c) => {
    const decisions = model.decisions.get(c.ref) ?? [];
    const status = combinedStatus(decisions);
    const applicableDecisions = decisions.filter((d) => d.spec.status !== 'not-applicable');
    const evidenceIds = [...new Set(applicableDecisions.flatMap((d) => d.spec.evidence ?? []))].sort();
    const g = groups.get(`${c.catalog}|${c.group ?? ''}`);
    const o = c.objective ? objectives.get(c.objective) : undefined;
    const risks = risksByRef.get(c.ref) ?? [];
    const policies = [...new Set([...(policiesByRef.get(c.ref) ?? []), ...applicableDecisions.flatMap((d) => d.spec.policies ?? [])])].sort();
    return {
      ref: c.ref,
      standard: catalog.standard ?? catalog.id,
      group: { id: c.group ?? '', title: g?.title ?? (c.catalog !== catalogId ? `Additional controls (${catalogs.catalogs.get(c.catalog)?.title ?? c.catalog})` : '') },
      objective: o ? { id: o.id, title: o.title } : undefined,
      title: c.title,
      additional: c.catalog !== catalogId ? c.catalog : undefined,
      applicable: status === 'no-decision' ? null : status !== 'not-applicable',
      status,
      inclusion: {
        risks,
        riskTitles: risks.map((id) => model.get('Risk', id)?.metadata.title ?? ''),
        policies,
        policyTitles: policies.map((id) => model.get('Policy', id)?.metadata.title ?? ''),
        requirements: [...new Set(applicableDecisions.flatMap((d) => d.spec.requirements ?? []))],
        notes: applicableDecisions.map((d) => reasonFor(d, c.ref)).filter((j) => j !== ''),
      },
      exclusion: status === 'not-applicable' ? decisions.map((d) => reasonFor(d, c.ref)).filter((j) => j !== '') : [],
      implementedBy: decisions.map((d) => ({ id: d.metadata.id, title: d.metadata.title, status: d.spec.status, file: d.source.file, aiConsiderations: d.spec.aiConsiderations })),
      decisions: decisions.map((d) => decisionOf(model, d, c.ref)),
      evidence: evidenceIds.map((id) => evidenceOf(model, id)).filter((e): e is SoaEvidence => e !== undefined),
      related: catalogs.related(c.ref)
        .filter((r) => catalogs.get(r.to)?.type === 'control')
        .map((r) => ({ ref: r.to, title: catalogs.get(r.to)?.title ?? '', type: r.type, status: combinedStatus(model.decisions.get(r.to) ?? []) })),
    };
  });
}

/** What one record says about one control: reason, implementation, owner, provider, AI systems. */
function decisionOf(model: Model, d: ControlRecord, ref: string): SoaDecision {
  const per = d.spec.decisions?.[ref];
  const p = d.spec.provider;
  return {
    record: d.metadata.id,
    title: d.metadata.title,
    status: decisionStatus(d),
    reason: reasonFor(d, ref),
    implementation: per?.implementation ?? d.spec.implementation ?? '',
    owner: d.spec.owner ?? d.metadata.owner ?? '',
    provider: p ? { name: p.name, responsibility: p.responsibility, description: p.description ?? '', assurance: (p.assurance ?? []).map((id) => ({ id, title: model.get('Evidence', id)?.metadata.title ?? '' })) } : undefined,
    aiSystems: per?.aiSystems ?? d.spec.aiSystems ?? [],
  };
}

function evidenceOf(model: Model, id: string): SoaEvidence | undefined {
  const e = model.get('Evidence', id);
  if (!e) return undefined;
  return { id, title: e.metadata.title, path: e.spec.path, url: e.spec.url, collected: e.spec.collected, maxAgeDays: e.spec.maxAgeDays };
}

function indexRisks(model: Model): Map<string, string[]> {
  return groupBy(model.list('Risk'), (r) => r.spec.treatment?.controls, (r) => r.metadata.id);
}

function indexPolicies(model: Model): Map<string, string[]> {
  return groupBy(model.list('Policy'), (p) => p.spec.addresses, (p) => p.metadata.id);
}
