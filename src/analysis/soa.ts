import type { CatalogSet } from '../catalog/catalog-set.js';
import type { Model } from '../model/model.js';
import type { ControlRecord, ControlStatus } from '../model/types.js';
import type { SoaEntry, SoaStatus, SoaEvidence } from './types.js';

/** Combined state of several Control decisions on one control. Applicable decisions win over exclusions. */
export function combinedStatus(decisions: ControlRecord[]): SoaStatus {
  if (decisions.length === 0) return 'no-decision';
  const applicable = decisions.filter((d) => d.spec.status !== 'not-applicable');
  if (applicable.length === 0) return 'not-applicable';
  const states = new Set<ControlStatus>(applicable.map((d) => d.spec.status));
  if (states.size === 1) return [...states][0]!;
  if (states.has('implemented') || states.has('in-progress')) return 'in-progress';
  return 'planned';
}

/** The Statement of Applicability of one catalog: every Annex A control, in catalog order. */
export function buildSoa(model: Model, catalogs: CatalogSet, catalogId: string): SoaEntry[] {
  const catalog = catalogs.catalogs.get(catalogId);
  if (!catalog) return [];
  const groups = new Map(catalog.groups.map((g) => [g.id, g]));
  const objectives = new Map(catalog.objectives.map((o) => [o.id, o]));
  const risksByRef = indexRisks(model);
  const policiesByRef = indexPolicies(model);
  return catalog.controls.map((c) => {
    const decisions = model.decisions.get(c.ref) ?? [];
    const status = combinedStatus(decisions);
    const applicableDecisions = decisions.filter((d) => d.spec.status !== 'not-applicable');
    const evidenceIds = [...new Set(applicableDecisions.flatMap((d) => d.spec.evidence ?? []))].sort();
    const g = groups.get(c.group ?? '');
    const o = c.objective ? objectives.get(c.objective) : undefined;
    return {
      ref: c.ref,
      standard: catalog.standard ?? catalog.id,
      group: { id: c.group ?? '', title: g?.title ?? '' },
      objective: o ? { id: o.id, title: o.title } : undefined,
      title: c.title,
      applicable: status === 'no-decision' ? null : status !== 'not-applicable',
      status,
      inclusion: {
        risks: risksByRef.get(c.ref) ?? [],
        policies: [...new Set([...(policiesByRef.get(c.ref) ?? []), ...applicableDecisions.flatMap((d) => d.spec.policies ?? [])])].sort(),
        requirements: [...new Set(applicableDecisions.flatMap((d) => d.spec.requirements ?? []))],
        notes: applicableDecisions.map((d) => d.spec.justification).filter((j): j is string => !!j),
      },
      exclusion: status === 'not-applicable' ? decisions.map((d) => d.spec.justification ?? '').filter((j) => j.trim() !== '') : [],
      implementedBy: decisions.map((d) => ({ id: d.metadata.id, title: d.metadata.title, status: d.spec.status, file: d.source.file, aiConsiderations: d.spec.aiConsiderations })),
      evidence: evidenceIds.map((id) => evidenceOf(model, id)).filter((e): e is SoaEvidence => e !== undefined),
      related: catalogs.related(c.ref)
        .filter((r) => catalogs.get(r.to)?.type === 'control')
        .map((r) => ({ ref: r.to, title: catalogs.get(r.to)?.title ?? '', type: r.type, status: combinedStatus(model.decisions.get(r.to) ?? []) })),
    };
  });
}

function evidenceOf(model: Model, id: string): SoaEvidence | undefined {
  const e = model.get('Evidence', id);
  if (!e) return undefined;
  return { id, title: e.metadata.title, path: e.spec.path, url: e.spec.url, collected: e.spec.collected, maxAgeDays: e.spec.maxAgeDays };
}

function indexRisks(model: Model): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const r of model.list('Risk')) {
    for (const ref of new Set(r.spec.treatment?.controls ?? [])) out.set(ref, [...(out.get(ref) ?? []), r.metadata.id]);
  }
  return out;
}

function indexPolicies(model: Model): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const p of model.list('Policy')) {
    for (const ref of new Set(p.spec.addresses ?? [])) out.set(ref, [...(out.get(ref) ?? []), p.metadata.id]);
  }
  return out;
}
