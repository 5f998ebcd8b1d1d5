import type { AnyRecord } from '../../model/types.js';
import { getRule } from '../../rules/registry.js';
import type { Severity } from '../../core/finding.js';
import { recordKey } from '../../model/types.js';
import { byString, daysOverdue } from '../format.js';
import type { ViewContext } from './context.js';
import { nextReviewOf } from '../../model/kinds/index.js';
import type { EvidenceIndexView } from './evidence.js';

export interface GapItemView {
  /** Running number across all sections, for reference in minutes (CA-001). */
  no: string;
  subject: string;
  title: string;
  detail: string;
  owner: string;
  due: string;
  severity: 'error' | 'warning' | 'info';
  action: string;
  location: string;
}

export interface GapSectionView {
  id: string;
  title: string;
  description: string;
  items: GapItemView[];
}

export interface GapsView {
  sections: GapSectionView[];
  total: number;
}

/** Rules whose findings already have their own section, computed from the model. */
const COVERED_RULES = new Set(['unmapped-control', 'review-overdue', 'evidence-stale']);

type Item = Omit<GapItemView, 'no'>;

/** The corrective-action list: undecided controls, overdue reviews and actions, stale evidence, other findings. */
export function buildGapsView(ctx: ViewContext, evidence: EvidenceIndexView): GapsView {
  const undecided: Item[] = ctx.analysis.standards.flatMap((s) =>
    s.soa.filter((e) => e.status === 'no-decision').map((e) => ({
      subject: e.ref, title: e.title, detail: e.suggestion ?? 'No Control record implements or excludes this control.', owner: '', due: '', severity: severityOf(ctx, 'unmapped-control'),
      action: 'Decide: add a Control record that implements it, or exclude it with a justification.', location: '',
    })));
  const reviews: Item[] = [];
  const actions: Item[] = [];
  for (const r of ctx.model.records) {
    const late = daysOverdue(nextReview(r), ctx.date);
    if (late !== null) reviews.push({ subject: recordKey(r), title: r.metadata.title, detail: `Review was due on ${nextReview(r)} (${late} days overdue).`, owner: ownerOf(r), due: nextReview(r) ?? '', severity: severityOf(ctx, 'review-overdue'), action: 'Review the record and set the next review date.', location: r.source.file });
    const action = overdueAction(r, ctx.date);
    if (action) actions.push(action);
  }
  reviews.sort((x, y) => byString(x.subject, y.subject));
  actions.sort((x, y) => byString(x.subject, y.subject));
  const stale: Item[] = evidence.rows.filter((e) => e.freshness === 'stale').map((e) => ({
    subject: `Evidence/${e.id}`, title: e.title, detail: `${e.ageDays} days old (since ${e.since}), limit ${e.maxAgeDays} days.`, owner: e.owner, due: '', severity: severityOf(ctx, 'evidence-stale'),
    action: 'Collect fresh evidence and update its collection date.', location: '',
  }));
  const findings: Item[] = ctx.findings.filter((f) => !COVERED_RULES.has(f.ruleId) && f.severity !== 'info').map((f) => ({
    subject: f.record ?? f.control ?? (f.location.file || 'repository'), title: f.ruleId, detail: f.message, owner: '', due: '', severity: f.severity,
    action: `Fix and re-run annexa check (rule ${f.ruleId}).`, location: f.location.file ? `${f.location.file}${f.location.line ? `:${f.location.line}` : ''}` : '',
  }));
  const sections = [
    { id: 'undecided', title: 'Controls without a decision', description: 'Annex A controls that no Control record implements or excludes. Crosswalk suggestions are starting points; they do not count as a decision.', items: undecided },
    { id: 'overdue-actions', title: 'Overdue implementation and treatment actions', description: 'Controls not yet implemented after their target date, and open risk treatments past their due date.', items: actions },
    { id: 'overdue-reviews', title: 'Overdue reviews', description: 'Policies, controls, risks and impact assessments past their next review date.', items: reviews },
    { id: 'stale-evidence', title: 'Stale evidence', description: 'Evidence older than its maximum age.', items: stale },
    { id: 'findings', title: 'Other findings from annexa check', description: 'Errors and warnings of the governance rules not listed above.', items: findings },
  ];
  let n = 0;
  const numbered = sections.map((s) => ({ ...s, items: s.items.map((i) => ({ no: `CA-${String(++n).padStart(3, '0')}`, ...i })) }));
  return { sections: numbered, total: n };
}

/** The severity annexa check gives the rule behind a section, so the pack and the CI gate agree. */
function severityOf(ctx: ViewContext, ruleId: string): Severity {
  const s = ctx.config.rules[ruleId] ?? getRule(ruleId)?.meta.defaultSeverity;
  return s === 'error' || s === 'warning' ? s : 'info';
}

function nextReview(r: AnyRecord): string | undefined {
  return nextReviewOf(r)?.value;
}

function ownerOf(r: AnyRecord): string {
  const spec = r.spec as { owner?: string };
  return spec.owner ?? r.metadata.owner ?? '';
}

function overdueAction(r: AnyRecord, today: string): Item | undefined {
  if (r.kind === 'Control' && (r.spec.status === 'planned' || r.spec.status === 'in-progress')) {
    const late = daysOverdue(r.spec.targetDate, today);
    if (late !== null) return { subject: recordKey(r), title: r.metadata.title, detail: `${r.spec.status} past its target date ${r.spec.targetDate} (${late} days).`, owner: ownerOf(r), due: r.spec.targetDate ?? '', severity: 'warning', action: 'Complete the implementation or re-plan with a new target date.', location: r.source.file };
  }
  if (r.kind === 'Risk' && (r.spec.status === undefined || r.spec.status === 'open')) {
    const late = daysOverdue(r.spec.treatment?.dueDate, today);
    if (late !== null) return { subject: recordKey(r), title: r.metadata.title, detail: `Treatment due on ${r.spec.treatment?.dueDate} (${late} days overdue); risk still open.`, owner: ownerOf(r), due: r.spec.treatment?.dueDate ?? '', severity: 'warning', action: 'Complete the treatment plan or update the due date and residual score.', location: r.source.file };
  }
  return undefined;
}
