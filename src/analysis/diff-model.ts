import type { Model } from '../model/model.js';
import type { AnyRecord, RecordByKind, RecordKind } from '../model/types.js';
import type { Analysis } from './analyze.js';
import type { CoverageCounts, SoaStatus } from './types.js';

/** One side of a comparison: a model and its analysis. */
export interface ModelSnapshot {
  model: Model;
  analysis: Analysis;
}

export interface RecordRef {
  id: string;
  title: string;
  file: string;
}
export interface Change<T> {
  from: T;
  to: T;
}
/** A likelihood x impact score; null when the record gives none (residual is optional). */
export type Score = { likelihood: number | null; impact: number | null; score: number | null } | null;

/** What changed in the governance model between two snapshots. Arrays are in catalog or id order. */
export interface ModelDiff {
  controls: { standard: string; ref: string; title: string; status: Change<SoaStatus>; applicable: Change<boolean | null> }[];
  decisions: {
    added: (RecordRef & { status: string; implements: string[] })[];
    removed: (RecordRef & { status: string; implements: string[] })[];
    changed: (RecordRef & { status: Change<string>; implementsAdded: string[]; implementsRemoved: string[] })[];
  };
  risks: { added: (RecordRef & { inherent: Score })[]; removed: RecordRef[]; rescored: (RecordRef & { inherent: Change<Score>; residual: Change<Score> })[] };
  aiSystems: { added: (RecordRef & { riskTier: string })[]; retired: (RecordRef & { how: 'removed' | 'lifecycle' })[]; retiered: (RecordRef & { riskTier: Change<string> })[] };
  policies: {
    added: RecordRef[];
    removed: RecordRef[];
    reapproved: (RecordRef & { approval: Change<{ by: string | null; date: string | null }> })[];
    versionChanged: (RecordRef & { version: Change<string | null> })[];
  };
  impactAssessments: { added: RecordRef[]; removed: RecordRef[]; changed: (RecordRef & { fields: string[] })[] };
  coverage: { standard: string; catalog: string; before: CoverageCounts | null; after: CoverageCounts | null }[];
}

/** Compares two snapshots of the governance model. Pure: no git, no files. */
export function diffModels(a: ModelSnapshot, b: ModelSnapshot): ModelDiff {
  const decisions = pair(a.model, b.model, 'Control');
  const risks = pair(a.model, b.model, 'Risk');
  const ai = pair(a.model, b.model, 'AISystem');
  const policies = pair(a.model, b.model, 'Policy');
  const ias = pair(a.model, b.model, 'ImpactAssessment');
  const isRetired = (r?: RecordByKind['AISystem']) => r?.spec.lifecycleStage === 'retired';
  return {
    controls: controlChanges(a.analysis, b.analysis),
    decisions: {
      added: decisions.added.map((r) => ({ ...ref(r), status: r.spec.status, implements: r.spec.implements })),
      removed: decisions.removed.map((r) => ({ ...ref(r), status: r.spec.status, implements: r.spec.implements })),
      changed: decisions.both
        .map(([x, y]) => ({ ...ref(y), status: { from: x.spec.status, to: y.spec.status }, implementsAdded: minus(y.spec.implements, x.spec.implements), implementsRemoved: minus(x.spec.implements, y.spec.implements) }))
        .filter((c) => c.status.from !== c.status.to || c.implementsAdded.length > 0 || c.implementsRemoved.length > 0),
    },
    risks: {
      added: risks.added.map((r) => ({ ...ref(r), inherent: score(r.spec) })),
      removed: risks.removed.map(ref),
      rescored: risks.both
        .map(([x, y]) => ({ ...ref(y), inherent: { from: score(x.spec), to: score(y.spec) }, residual: { from: score(x.spec.residual), to: score(y.spec.residual) } }))
        .filter((c) => !same(c.inherent.from, c.inherent.to) || !same(c.residual.from, c.residual.to)),
    },
    aiSystems: {
      added: ai.added.map((r) => ({ ...ref(r), riskTier: r.spec.riskTier })),
      retired: [
        ...ai.removed.filter((r) => !isRetired(r)).map((r) => ({ ...ref(r), how: 'removed' as const })),
        ...ai.both.filter(([x, y]) => !isRetired(x) && isRetired(y)).map(([, y]) => ({ ...ref(y), how: 'lifecycle' as const })),
      ].sort(byId),
      retiered: ai.both.filter(([x, y]) => x.spec.riskTier !== y.spec.riskTier).map(([x, y]) => ({ ...ref(y), riskTier: { from: x.spec.riskTier, to: y.spec.riskTier } })),
    },
    policies: {
      added: policies.added.map(ref),
      removed: policies.removed.map(ref),
      reapproved: policies.both
        .filter(([x, y]) => y.spec.approval?.date !== undefined && x.spec.approval?.date !== y.spec.approval.date)
        .map(([x, y]) => ({ ...ref(y), approval: { from: approval(x.spec.approval), to: approval(y.spec.approval) } })),
      versionChanged: policies.both.filter(([x, y]) => x.spec.version !== y.spec.version).map(([x, y]) => ({ ...ref(y), version: { from: x.spec.version ?? null, to: y.spec.version ?? null } })),
    },
    impactAssessments: {
      added: ias.added.map(ref),
      removed: ias.removed.map(ref),
      changed: ias.both.map(([x, y]) => ({ ...ref(y), fields: changedFields(x.spec, y.spec) })).filter((c) => c.fields.length > 0),
    },
    coverage: coverageChanges(a.analysis, b.analysis),
  };
}

/** Records of a kind only in a, only in b, and in both (by id, sorted). */
function pair<K extends RecordKind>(a: Model, b: Model, kind: K) {
  const before = a.list(kind);
  const after = b.list(kind);
  return {
    added: after.filter((r) => !a.get(kind, r.metadata.id)),
    removed: before.filter((r) => !b.get(kind, r.metadata.id)),
    both: after.flatMap((r) => {
      const old = a.get(kind, r.metadata.id);
      return old ? [[old, r] as [RecordByKind[K], RecordByKind[K]]] : [];
    }),
  };
}

function controlChanges(a: Analysis, b: Analysis): ModelDiff['controls'] {
  return b.standards.flatMap((std) => {
    const old = a.standards.find((s) => s.catalog === std.catalog);
    // A standard newly in scope shows in coverage; listing its every control would drown the rest.
    if (!old) return [];
    const before = new Map(old.soa.map((e) => [e.ref, e]));
    return std.soa.flatMap((e) => {
      const x = before.get(e.ref);
      const from = x?.status ?? 'no-decision';
      if (from === e.status) return [];
      return [{ standard: std.standard, ref: e.ref, title: e.title, status: { from, to: e.status }, applicable: { from: x?.applicable ?? null, to: e.applicable } }];
    });
  });
}

function coverageChanges(a: Analysis, b: Analysis): ModelDiff['coverage'] {
  const catalogs = [...new Set([...b.standards, ...a.standards].map((s) => s.catalog))];
  return catalogs.map((catalog) => {
    const x = a.standards.find((s) => s.catalog === catalog);
    const y = b.standards.find((s) => s.catalog === catalog);
    return { standard: (y ?? x)!.standard, catalog, before: x?.coverage.overall ?? null, after: y?.coverage.overall ?? null };
  });
}

const ref = (r: AnyRecord): RecordRef => ({ id: r.metadata.id, title: r.metadata.title, file: r.source.file });
const byId = (x: { id: string }, y: { id: string }) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
const minus = (xs: string[], ys: string[]) => [...new Set(xs.filter((x) => !ys.includes(x)))].sort();
const approval = (ap?: { by?: string; date?: string }) => ({ by: ap?.by ?? null, date: ap?.date ?? null });
const same = (x: unknown, y: unknown) => stable(x) === stable(y);

function score(s?: { likelihood?: number; impact?: number }): Score {
  if (!s || (s.likelihood === undefined && s.impact === undefined)) return null;
  const l = s.likelihood ?? null;
  const i = s.impact ?? null;
  return { likelihood: l, impact: i, score: l !== null && i !== null ? l * i : null };
}

/** Top-level spec fields whose values differ (key order in YAML does not count as a change). */
function changedFields(x: object, y: object): string[] {
  const keys = [...new Set([...Object.keys(x), ...Object.keys(y)])].sort();
  return keys.filter((k) => !same((x as Record<string, unknown>)[k], (y as Record<string, unknown>)[k]));
}

function stable(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stable).join(',')}]`;
  if (v && typeof v === 'object') return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${stable((v as Record<string, unknown>)[k])}`).join(',')}}`;
  return JSON.stringify(v) ?? 'undefined';
}
