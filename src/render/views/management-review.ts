import type { ChangeLogView } from '../change-log.js';
import { byString } from '../format.js';
import { coverageSummary } from '../../analysis/coverage-text.js';
import type { ViewContext } from './context.js';
import type { PackSections } from './sections.js';
import { clauseRequirements } from '../../catalog/clause-requirements.js';

export interface ReviewItemView {
  label: string;
  value: string;
  list: string[];
}

export interface ReviewSectionView {
  id: string;
  title: string;
  /** The clause 9.3.2 items of each standard this input answers, e.g. `ISO/IEC 27001 9.3.2 a)`. */
  clauses: string;
  items: ReviewItemView[];
  notes: string[];
}

const item = (label: string, value: string, list: string[] = []): ReviewItemView => ({ label, value, list });

/**
 * Inputs to management review (clause 9.3 of both standards), assembled from the records only: earlier
 * ManagementReview, InternalAudit, Nonconformity, Objective, ContextIssue and InterestedParty records, and the
 * registers. Nothing is guessed from evidence titles or tags.
 */
export function buildManagementReview(ctx: ViewContext, v: PackSections, changeLog: ChangeLogView | null): ReviewSectionView[] {
  const controls = ctx.model.list('Control');
  const ms = v.managementSystem;
  const { topicTitles } = clauseRequirements();
  const open = controls.filter((c) => c.spec.status === 'planned' || c.spec.status === 'in-progress');
  const gapCount = (id: string) => v.gaps.sections.find((s) => s.id === id)?.items.length ?? 0;
  const reviewActions = ms.reviews.flatMap((r) => r.actions.map((a) => ({ ...a, review: r.id })));
  const openNcs = ms.nonconformities.filter((n) => n.state === 'open');
  const findings = ms.audits.flatMap((a) => a.findings.map((f) => ({ ...f, audit: a.id })));
  const issues = ctx.model.list('ContextIssue');
  const unaddressed = ctx.model.list('InterestedParty').flatMap((p) => p.spec.requirements.filter((q) => !q.addressed).map((q) => `${p.metadata.id}: ${q.description}${q.how ? ` (${q.how})` : ''}`));
  const requirements = [...new Set(controls.flatMap((c) => c.spec.requirements ?? []))].sort(byString);
  const errors = ctx.findings.filter((f) => f.severity === 'error').length;
  const warnings = ctx.findings.filter((f) => f.severity === 'warning').length;
  const byRule = [...new Set(ctx.findings.map((f) => f.ruleId))].sort(byString).map((id) => `${id}: ${ctx.findings.filter((f) => f.ruleId === id).length}`);
  const r = v.risks.counts;
  return [
    {
      id: 'actions', title: 'Status of actions from previous management reviews', clauses: 'ISO/IEC 27001 9.3.2 a) · ISO/IEC 42001 9.3.2 a)',
      items: [
        item('Management reviews on record', String(ms.reviews.length), ms.reviews.map((r) => `${r.id}: ${r.title} (${r.date})`)),
        item('Actions decided in earlier reviews', `${reviewActions.filter((a) => a.state !== 'done').length} not done of ${reviewActions.length}`, reviewActions.map((a) => `${a.review}: ${a.description} (${a.owner}, due ${a.due}, ${a.state})`)),
        item('Open implementation actions (planned or in progress)', String(open.length), open.map((c) => `${c.metadata.id}: ${c.metadata.title} (${c.spec.status}${c.spec.targetDate ? `, target ${c.spec.targetDate}` : ''})`)),
        item('Overdue implementation and treatment actions', String(gapCount('overdue-actions'))),
      ],
      notes: [],
    },
    {
      id: 'changes', title: 'Changes in external and internal issues, and in needs and expectations of interested parties', clauses: 'ISO/IEC 27001 9.3.2 b), c) · ISO/IEC 42001 9.3.2 b), c)',
      items: [
        ...(changeLog ? [item(`Governance records changed since ${changeLog.since}`, String(changeLog.counts.records), changeLog.records.map((r) => `${r.key}: ${r.title} (${r.commits} ${r.commits === 1 ? 'commit' : 'commits'})`))] : []),
        item('Internal and external issues on record', String(issues.length), issues.map((i) => `${i.metadata.id} (${i.spec.type}): ${i.metadata.title}`)),
        item('Requirements of interested parties not addressed', String(unaddressed.length), unaddressed),
        item('Stated legal, regulatory and contractual requirements', String(requirements.length), requirements),
      ],
      notes: changeLog ? [] : ['No change log in this pack: run annexa pack with --since REV to list the records changed since the last review.'],
    },
    {
      id: 'performance', title: 'Performance: nonconformities, monitoring and measurement, audit results', clauses: 'ISO/IEC 27001 9.3.2 d) · ISO/IEC 42001 9.3.2 d)',
      items: [
        item('Open nonconformities', `${openNcs.length} (${ms.counts.closedNonconformities} closed, ${ms.counts.overdueActions} overdue actions)`, openNcs.map((n) => `${n.id}: ${n.title} (raised ${n.raised}, ${n.ageDays} days; ${n.actions.filter((a) => a.state === 'done').length} of ${n.actions.length} actions done)`)),
        item('Internal audits held', String(ms.audits.length), ms.audits.map((a) => `${a.id}: ${a.title} (${a.date}, ${a.findings.length} finding${a.findings.length === 1 ? '' : 's'})`)),
        item('Audit findings', String(findings.length), findings.map((f) => `${f.audit}: ${f.type}: ${f.description}${f.nonconformity ? ` (${f.nonconformity})` : ''}`)),
        item('Objectives', `${ms.objectives.length} (${ms.counts.objectivesOffTarget} off target)`, ms.objectives.map((o) => `${o.id}: ${o.title}: ${o.latest || 'no measurement'}${o.target ? ` against ${o.target}` : ''} (${o.state.replace('-', ' ')})`)),
        item('Findings of annexa check', `${errors} errors, ${warnings} warnings`, byRule),
        ...ctx.analysis.standards.map((s) => item(`Coverage ${s.title}`, coverageSummary(s.coverage.overall),
          s.coverage.groups.map((g) => `${g.id} ${g.title}: ${coverageSummary(g)}`))),
        item('Evidence freshness', `${v.evidence.counts.fresh} fresh, ${v.evidence.counts.stale} stale, ${v.evidence.counts.unknown} without a date`),
      ],
      notes: [`Every input above comes from records; the last review recorded ${ms.reviews[0] ? `${ms.reviews[0].inputs.length} inputs (${ms.reviews[0].inputs.map((i) => topicTitles[i.topic] ?? i.topic).join('; ')})` : 'nothing'}.`],
    },
    {
      id: 'risks', title: 'Results of risk assessment and status of risk treatment', clauses: 'ISO/IEC 27001 9.3.2 f) · ISO/IEC 42001 8.2, 8.3 (AI risk assessment and treatment)',
      items: [
        item('Risks in the register', `${r.total} (${r.open} open, ${r.untreated} without a treatment option)`),
        item('High or critical inherent risks', String(r.highInherent)),
        item('High or critical residual risks', String(r.highResidual), v.risks.rows.filter((x) => x.residual && (x.residual.level === 'high' || x.residual.level === 'critical')).map((x) => `${x.id}: ${x.title} (residual ${x.residual!.score})`)),
        item('Risks without a residual score', String(r.withoutResidual)),
        item('Risk reviews overdue', String(r.reviewOverdue)),
      ],
      notes: [],
    },
    {
      id: 'ai', title: 'AI systems and their impacts', clauses: 'ISO/IEC 42001 9.3.2 d) · 8.4 (AI system impact assessment)',
      items: [
        item('AI systems by risk tier', v.ai.tiers.map((t) => `${t.label}: ${t.count}`).join(', ')),
        item('High-risk AI systems lacking an impact assessment or human oversight', String(v.ai.counts.withGaps), v.ai.systems.filter((s) => s.missing.length > 0).map((s) => `${s.id}: ${s.missing.join(', ').toLowerCase()}`)),
        item('Impact assessments', String(v.impactAssessments.length), v.impactAssessments.map((i) => `${i.id}: ${i.status || 'no status'}${i.nextReview ? `, next review ${i.nextReview}` : ''}`)),
      ],
      notes: [],
    },
    {
      id: 'improvement', title: 'Opportunities for continual improvement', clauses: 'ISO/IEC 27001 9.3.2 g) · ISO/IEC 42001 9.3.2 e)',
      items: [
        item('Crosswalk suggestions: one implementation that could be extended to the other standard', String(v.integrated?.counts.suggestion ?? 0),
          (v.integrated?.pairs ?? []).filter((p) => p.state === 'suggestion').map((p) => `${p.left.ref} / ${p.right.ref}: ${p.note}`)),
        item('Integrated implementations without AI considerations', String(v.integrated?.counts.withoutAiConsiderations ?? 0)),
        item('Evidence not used by any control', String(v.evidence.counts.unused)),
        item('Opportunities for improvement from internal audits', String(findings.filter((f) => f.type === 'opportunity').length), findings.filter((f) => f.type === 'opportunity').map((f) => `${f.audit}: ${f.description}`)),
      ],
      notes: ['Suggestions come from the crosswalk; they never count as implemented until a Control record decides.'],
    },
  ];
}
