import type { CatalogSet } from '../catalog/catalog-set.js';
import { requirementsFor, type ClauseRequirement, type RecordCondition } from '../catalog/clause-requirements.js';
import type { Config } from '../config/types.js';
import { STANDARDS } from '../config/types.js';
import { approvalOf } from '../model/kinds/document-control.js';
import type { Model } from '../model/model.js';
import { recordKey, type AnyRecord, type RecordKind } from '../model/types.js';
import { servesStandard } from './serves-standard.js';

/** One clause requirement of one standard and the records that meet it. */
export interface ClauseReadinessRow {
  ref: string;
  clause: string;
  title: string;
  requirement: string;
  need: 'documented' | 'activity';
  optional: boolean;
  /** met: every condition holds; missing: some does not; not-needed: optional and nothing recorded. */
  state: 'met' | 'missing' | 'not-needed';
  /** Records that meet a condition, as Kind/id, sorted. */
  records: string[];
  /** What would meet the conditions that do not hold, e.g. "an InternalAudit record". */
  wanted: string[];
}

export interface StandardReadiness {
  standard: string;
  catalog: string;
  title: string;
  rows: ClauseReadinessRow[];
  met: number;
  /** Rows that count: every row except not-needed ones. */
  required: number;
}

type Test = (r: AnyRecord, ctx: { standard: string; catalog: string; clause: string; catalogs: CatalogSet }) => boolean;

/** The named tests catalogs/management-system.yaml may use (exported for the data test). */
export const TESTS: Record<string, Test> = {
  approved: (r) => { const a = approvalOf(r.spec as never); return Boolean(a?.by && a?.date); },
  'addresses-clause': (r, c) => r.kind === 'Policy' && (r.spec.addresses ?? []).includes(`${c.catalog}:${c.clause}`),
  'ai-roles': (r) => r.kind === 'Scope' && (r.spec.aiRoles?.length ?? 0) > 0,
  'ai-systems': (r) => r.kind === 'Scope' && (r.spec.aiSystems?.length ?? 0) > 0,
  measured: (r) => r.kind === 'Objective' && (r.spec.measurements?.length ?? 0) > 0,
  'competence-evidence': (r) => r.kind === 'Role' && (r.spec.competenceEvidence?.length ?? 0) > 0,
  'awareness-evidence': (r) => r.kind === 'Role' && (r.spec.awarenessEvidence?.length ?? 0) > 0,
  treated: (r) => r.kind === 'Risk' && Boolean(r.spec.treatment?.option || r.spec.treatment?.controls?.length),
  'decides-annex-a': (r, c) => r.kind === 'Control' && r.spec.implements.some((ref) => ref.startsWith(`${c.catalog}:`) && c.catalogs.get(ref)?.type === 'control'),
};

const WANTED: Record<string, string> = {
  approved: 'approved',
  'addresses-clause': 'addressing the clause',
  'ai-roles': 'naming AI roles',
  'ai-systems': 'naming AI systems',
  measured: 'with measurements',
  'competence-evidence': 'with competence evidence',
  'awareness-evidence': 'with awareness evidence',
  treated: 'with a treatment',
  'decides-annex-a': 'deciding Annex A controls',
};

/** "an InternalAudit record", "a Policy record addressing the clause, approved". */
export function describeCondition(c: RecordCondition): string {
  const article = /^[AEIOU]/.test(c.kind) ? 'an' : 'a';
  return `${article} ${c.kind} record${c.tests?.length ? ` ${c.tests.map((t) => WANTED[t] ?? t).join(', ')}` : ''}`;
}

function rowFor(req: ClauseRequirement, model: Model, catalogs: CatalogSet, standard: string, catalog: string): ClauseReadinessRow {
  const ctx = { standard, catalog, clause: req.clause, catalogs };
  const records = new Set<string>();
  const wanted: string[] = [];
  for (const cond of req.metBy) {
    const tests = (cond.tests ?? []).map((t) => TESTS[t] ?? (() => false));
    const hits = model.list(cond.kind as RecordKind).filter((r) => servesStandard(r, standard, catalog) && tests.every((t) => t(r, ctx)));
    for (const r of hits) records.add(recordKey(r));
    if (hits.length === 0) wanted.push(describeCondition(cond));
  }
  const ref = `${catalog}:${req.clause}`;
  const optional = req.optional === true;
  const state = wanted.length === 0 ? 'met' : optional && records.size === 0 ? 'not-needed' : 'missing';
  return { ref, clause: req.clause, title: catalogs.get(ref)?.title ?? '', requirement: req.requirement, need: req.need, optional, state, records: [...records].sort(), wanted };
}

/** Clause readiness of every standard in scope: like the SoA, but for clauses 4-10. */
export function clauseReadiness(model: Model, catalogs: CatalogSet, config: Config): StandardReadiness[] {
  return config.standards.filter((s) => catalogs.catalogs.has(STANDARDS[s])).map((standard) => {
    const catalog = STANDARDS[standard];
    const rows = requirementsFor(standard).map((req) => rowFor(req, model, catalogs, standard, catalog));
    const counted = rows.filter((r) => r.state !== 'not-needed');
    return { standard, catalog, title: catalogs.catalogs.get(catalog)!.title, rows, met: counted.filter((r) => r.state === 'met').length, required: counted.length };
  });
}
