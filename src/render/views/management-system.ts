import { clauseReadiness, type StandardReadiness } from '../../analysis/clause-readiness.js';
import { clauseRequirements } from '../../catalog/clause-requirements.js';
import type { ObjectiveRecord } from '../../model/types.js';
import { daysBetween } from '../../util/dates.js';
import type { LineChartInput } from '../charts/line-chart.js';
import type { ViewContext } from './context.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export interface CalendarAudit { id: string; planned: string; scope: string; auditor: string; independence: string; held: string; state: 'held' | 'overdue' | 'planned' }
export interface ProgrammeView { id: string; title: string; standards: string; start: string; end: string; years: { year: number; months: { month: string; audits: CalendarAudit[] }[] }[]; audits: CalendarAudit[] }
export interface NonconformityView { id: string; title: string; source: string; raised: string; state: 'open' | 'closed'; ageDays: number; requirements: string; description: string; correction: string; rootCause: string; actions: { description: string; owner: string; due: string; state: string; overdue: boolean }[]; effectiveness: string }
export interface ReviewView { id: string; title: string; date: string; standards: string; participants: string[]; inputs: { topic: string; title: string; covered: string; records: string[] }[]; missing: string[]; decisions: string[]; actions: { description: string; owner: string; due: string; state: string }[]; minutes: string }
export interface ObjectiveView { id: string; title: string; standards: string; measure: string; target: string; owner: string; due: string; plan: string; latest: string; state: 'on-target' | 'off-target' | 'no-data'; measurements: { date: string; value: number; note: string }[]; chart: LineChartInput }
export interface RoleView { id: string; title: string; responsibilities: string[]; authorities: string[]; holders: string[]; competence: string[]; competenceEvidence: string[]; awarenessEvidence: string[] }

/** The management-system section of the pack: clauses 4-10 as the records show them. */
export interface ManagementSystemView {
  readiness: StandardReadiness[];
  programmes: ProgrammeView[];
  audits: { id: string; title: string; date: string; standards: string; auditor: string; independence: string; scope: string; report: string; findings: { type: string; description: string; requirement: string; nonconformity: string }[] }[];
  nonconformities: NonconformityView[];
  reviews: ReviewView[];
  objectives: ObjectiveView[];
  roles: RoleView[];
  counts: { openNonconformities: number; closedNonconformities: number; overdueActions: number; audits: number; reviews: number; objectivesOffTarget: number };
  /** Records and measurements dated after the pack's date: left out of the figures above, named here. */
  later: { id: string; kind: string; date: string }[];
}

const byDateDesc = <T extends { date: string; id: string }>(a: T, b: T) => (a.date > b.date ? -1 : a.date < b.date ? 1 : a.id < b.id ? -1 : 1);

function objectiveView(o: ObjectiveRecord, today: string): ObjectiveView {
  const ms = (o.spec.measurements ?? []).filter((m) => m.date <= today).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const last = ms[ms.length - 1];
  const unit = o.spec.measure?.unit ?? '';
  const u = unit ? ` ${unit}` : '';
  const dir = o.spec.measure?.direction;
  const on = last && o.spec.target !== undefined && dir ? (dir === 'at-least' ? last.value >= o.spec.target : last.value <= o.spec.target) : null;
  return {
    id: o.metadata.id, title: o.metadata.title, standards: o.spec.standards.join(', '),
    measure: o.spec.measure ? `${o.spec.measure.description} (${dir === 'at-least' ? 'at least' : 'at most'} the target)` : '',
    target: o.spec.target === undefined ? '' : `${o.spec.target}${u}`, owner: o.spec.owner ?? o.metadata.owner ?? '', due: o.spec.due ?? '', plan: o.spec.plan ?? '',
    latest: last ? `${last.value}${u} on ${last.date}` : '', state: on === null ? 'no-data' : on ? 'on-target' : 'off-target',
    measurements: ms.map((m) => ({ date: m.date, value: m.value, note: m.note ?? '' })),
    chart: { title: `${o.metadata.title}: measurements${o.spec.target === undefined ? '' : ` against the target of ${o.spec.target}${u}`}`, points: ms.map((m) => ({ date: m.date, value: m.value })), target: o.spec.target ?? null, unit },
  };
}

export function buildManagementSystemView(ctx: ViewContext): ManagementSystemView {
  const { model, date: today } = ctx;
  // A pack dated D shows the records as they stood on D: anything dated later did not happen yet then.
  const later: ManagementSystemView['later'] = [];
  const upToToday = <T extends { metadata: { id: string }; kind: string }>(items: T[], dateOf: (r: T) => string): T[] =>
    items.filter((r) => {
      if (dateOf(r) <= today) return true;
      later.push({ id: r.metadata.id, kind: r.kind, date: dateOf(r) });
      return false;
    });
  const held = upToToday(model.list('InternalAudit'), (a) => a.spec.date);
  const programmes = model.list('AuditProgramme').map((p): ProgrammeView => {
    const years = p.spec.cycle.years ?? ctx.config.managementSystem?.auditCycleYears ?? 3;
    const startYear = Number(p.spec.cycle.start.slice(0, 4));
    const end = `${startYear + years}${p.spec.cycle.start.slice(4)}`;
    const audits = [...p.spec.audits].sort((a, b) => (a.planned < b.planned ? -1 : 1)).map((a): CalendarAudit => {
      const h = held.find((x) => x.spec.programme === p.metadata.id && x.spec.plannedAudit === a.id);
      return { id: a.id, planned: a.planned, scope: a.scope.join(', '), auditor: a.auditor ?? '', independence: a.independence ?? '', held: h ? `${h.metadata.id} (${h.spec.date})` : '', state: h ? 'held' : a.planned < today ? 'overdue' : 'planned' };
    });
    const yearRows = Array.from({ length: years }, (_, i) => startYear + i).map((year) => ({
      year, months: MONTHS.map((month, m) => ({ month, audits: audits.filter((a) => a.planned.startsWith(`${year}-${String(m + 1).padStart(2, '0')}`)) })),
    }));
    return { id: p.metadata.id, title: p.metadata.title, standards: p.spec.standards.join(', '), start: p.spec.cycle.start, end, years: yearRows, audits };
  });
  const nonconformities = upToToday(model.list('Nonconformity'), (n) => n.spec.raised).map((n): NonconformityView => {
    const s = n.spec;
    // Closed after the pack's date: still open on that date.
    const closed = s.closed && s.closed <= today ? s.closed : undefined;
    const source = [s.source.type, s.source.audit, s.source.review, s.source.reference].filter(Boolean).join(': ');
    const eff = s.effectivenessReview ? `${s.effectivenessReview.effective ? 'effective' : 'not effective'} (${s.effectivenessReview.by}, ${s.effectivenessReview.date})${s.effectivenessReview.notes ? `: ${s.effectivenessReview.notes}` : ''}` : '';
    return {
      id: n.metadata.id, title: n.metadata.title, source, raised: s.raised, state: closed ? 'closed' : 'open', ageDays: daysBetween(s.raised, closed ?? today),
      requirements: (s.requirements ?? []).join(', '), description: s.description, correction: s.correction ?? '', rootCause: s.rootCause ?? '',
      actions: (s.actions ?? []).map((a) => ({ description: a.description, owner: a.owner, due: a.due, state: a.state, overdue: !closed && a.state !== 'done' && a.due < today })),
      effectiveness: eff,
    };
  }).sort((a, b) => (a.state !== b.state ? (a.state === 'open' ? -1 : 1) : b.ageDays - a.ageDays || (a.id < b.id ? -1 : 1)));
  const { topicTitles } = clauseRequirements();
  const reviews = upToToday(model.list('ManagementReview'), (r) => r.spec.date).map((r): ReviewView => {
    const covered = new Set(r.spec.inputs.map((i) => i.topic));
    const needed = [...new Set(r.spec.standards.flatMap((s) => clauseRequirements().reviewInputs[s] ?? []))];
    return {
      id: r.metadata.id, title: r.metadata.title, date: r.spec.date, standards: r.spec.standards.join(', '), participants: r.spec.participants,
      inputs: r.spec.inputs.map((i) => ({ topic: i.topic, title: topicTitles[i.topic] ?? i.topic, covered: i.covered, records: i.records ?? [] })),
      missing: needed.filter((t) => !covered.has(t)).map((t) => topicTitles[t] ?? t), decisions: r.spec.decisions ?? [],
      actions: (r.spec.actions ?? []).map((a) => ({ description: a.description, owner: a.owner, due: a.due, state: a.state })), minutes: r.spec.minutes ?? '',
    };
  }).sort(byDateDesc);
  const audits = held.map((a) => ({
    id: a.metadata.id, title: a.metadata.title, date: a.spec.date, standards: a.spec.standards.join(', '), auditor: a.spec.auditor, independence: a.spec.independence ?? '', scope: a.spec.scope.join(', '), report: a.spec.report ?? '',
    findings: (a.spec.findings ?? []).map((f) => ({ type: f.type, description: f.description, requirement: f.requirement ?? '', nonconformity: f.nonconformity ?? '' })),
  })).sort(byDateDesc);
  const objectives = model.list('Objective').map((o) => {
    for (const m of o.spec.measurements ?? []) if (m.date > today) later.push({ id: `${o.metadata.id} measurement`, kind: 'Objective', date: m.date });
    return objectiveView(o, today);
  });
  const roles = model.list('Role').map((r) => ({
    id: r.metadata.id, title: r.metadata.title, responsibilities: r.spec.responsibilities, authorities: r.spec.authorities ?? [], holders: r.spec.holders ?? [],
    competence: r.spec.competence ?? [], competenceEvidence: r.spec.competenceEvidence ?? [], awarenessEvidence: r.spec.awarenessEvidence ?? [],
  }));
  return {
    readiness: clauseReadiness(model, ctx.catalogs, ctx.config), programmes, audits, nonconformities, reviews, objectives, roles,
    counts: {
      openNonconformities: nonconformities.filter((n) => n.state === 'open').length,
      closedNonconformities: nonconformities.filter((n) => n.state === 'closed').length,
      overdueActions: nonconformities.reduce((n, nc) => n + nc.actions.filter((a) => a.overdue).length, 0),
      audits: audits.length, reviews: reviews.length, objectivesOffTarget: objectives.filter((o) => o.state === 'off-target').length,
    },
    later: later.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1)),
  };
}
