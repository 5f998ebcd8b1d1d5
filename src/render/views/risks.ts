import type { RiskRecord } from '../../model/types.js';
import { byString, daysOverdue, reviewState, type RiskLevel } from '../format.js';
import { RISK_LEVEL_IDS, type RiskCriteria } from '../../config/risk-criteria.js';
import { bandRanges, riskLevel } from '../../config/risk-score.js';
import { inherentScore, residualScore } from '../../analysis/risk-scores.js';
import { refView, type RecordLink, type RefView, type ViewContext } from './context.js';

export interface ScoreView {
  likelihood: number;
  impact: number;
  score: number;
  level: RiskLevel;
}

export interface RiskRowView {
  id: string;
  title: string;
  description: string;
  domain: string;
  owner: string;
  inherent: ScoreView;
  residual: ScoreView | null;
  treatment: { option: string; plan: string; dueDate: string; overdueDays: number | null; controls: RefView[] };
  status: string;
  aiSystems: RecordLink[];
  identified: string;
  nextReview: string;
  review: 'overdue' | 'due-soon' | 'ok' | 'none';
  /** Treatment plan approval by the risk owner, and acceptance of residual risk above the threshold. */
  approval: { by: string; date: string } | null;
  acceptance: { by: string; date: string; until: string; rationale: string } | null;
  /** Residual score above the acceptance threshold: an acceptance is required. */
  needsAcceptance: boolean;
  assessed: string;
}

/** The risk criteria as the register prints them (27001 6.1.2 a). */
export interface CriteriaView {
  likelihood: { value: number; label: string; meaning: string }[];
  impact: { value: number; label: string; meaning: string }[];
  consequences: { value: number; label: string; meaning: string }[];
  bands: { level: RiskLevel; label: string; range: string }[];
  acceptanceThreshold: number;
  acceptors: string;
  reassessDays: number;
}

export interface HeatCellView {
  likelihood: number;
  impact: number;
  score: number;
  level: RiskLevel;
  count: number;
  risks: string[];
}

/** Rows from the highest impact (top) to the lowest, each with the likelihood scale's values. */
export interface HeatMapView {
  title: string;
  /** Scale values along the axes and the band legend, all from the risk criteria. */
  likelihoods: number[];
  legend: { level: RiskLevel; label: string; range: string }[];
  rows: { impact: number; cells: HeatCellView[] }[];
  total: number;
  /** Risks left off this map (no residual score). */
  unscored: number;
}

export interface RiskRegisterView {
  criteria: CriteriaView;
  rows: RiskRowView[];
  heat: { inherent: HeatMapView; residual: HeatMapView };
  counts: { total: number; open: number; untreated: number; highInherent: number; highResidual: number; withoutResidual: number; reviewOverdue: number; aboveThreshold: number; accepted: number };
  byLevel: { level: RiskLevel; inherent: number; residual: number }[];
}

export function buildRiskView(ctx: ViewContext): RiskRegisterView {
  const rows = ctx.model.list('Risk').map((r) => riskRow(ctx, r));
  const high = (s: ScoreView | null) => !!s && (s.level === 'high' || s.level === 'critical');
  const c = ctx.config.risk;
  const scale = (l: { value: number; label: string; meaning?: string }[]) => l.map((x) => ({ value: x.value, label: x.label, meaning: x.meaning ?? '' }));
  return {
    criteria: {
      likelihood: scale(c.likelihood),
      impact: scale(c.impact),
      consequences: scale(c.consequences),
      bands: bandRanges(c),
      acceptanceThreshold: c.acceptanceThreshold,
      acceptors: c.acceptors.length > 0 ? c.acceptors.join(', ') : 'the risk owner',
      reassessDays: c.reassessDays,
    },
    rows,
    heat: {
      inherent: heatMap('Inherent risk', rows.map((r) => ({ id: r.id, s: r.inherent })), ctx.config.risk),
      residual: heatMap('Residual risk', rows.map((r) => ({ id: r.id, s: r.residual })), ctx.config.risk),
    },
    counts: {
      total: rows.length,
      open: rows.filter((r) => r.status === 'open' || r.status === '').length,
      untreated: rows.filter((r) => r.treatment.option === '').length,
      highInherent: rows.filter((r) => high(r.inherent)).length,
      highResidual: rows.filter((r) => high(r.residual)).length,
      withoutResidual: rows.filter((r) => !r.residual).length,
      reviewOverdue: rows.filter((r) => r.review === 'overdue').length,
      aboveThreshold: rows.filter((r) => r.needsAcceptance).length,
      accepted: rows.filter((r) => r.needsAcceptance && r.acceptance).length,
    },
    byLevel: [...RISK_LEVEL_IDS].filter((l) => ctx.config.risk.bands.some((b) => b.level === l)).map((level) => ({
      level,
      inherent: rows.filter((r) => r.inherent.level === level).length,
      residual: rows.filter((r) => r.residual?.level === level).length,
    })),
  };
}

function riskRow(ctx: ViewContext, r: RiskRecord): RiskRowView {
  const s = r.spec;
  const res = residualScore(r, ctx.config.risk);
  const closed = s.status === 'closed' || s.status === 'treated';
  return {
    id: r.metadata.id,
    title: r.metadata.title,
    description: s.description ?? r.metadata.description ?? '',
    domain: s.domain,
    owner: s.owner ?? r.metadata.owner ?? '',
    inherent: inherentScore(r, ctx.config.risk),
    residual: res,
    treatment: {
      option: s.treatment?.option ?? '',
      plan: s.treatment?.plan ?? '',
      dueDate: s.treatment?.dueDate ?? '',
      overdueDays: closed ? null : daysOverdue(s.treatment?.dueDate, ctx.date),
      controls: [...new Set(s.treatment?.controls ?? [])].map((ref) => refView(ctx, ref)),
    },
    status: s.status ?? '',
    aiSystems: (s.aiSystems ?? []).map((id) => ({ id, title: ctx.model.get('AISystem', id)?.metadata.title ?? '' })),
    identified: s.identified ?? '',
    nextReview: s.nextReview ?? '',
    review: reviewState(s.nextReview, ctx.date),
    approval: s.treatment?.approval ? { by: s.treatment.approval.by ?? '', date: s.treatment.approval.date ?? '' } : null,
    acceptance: s.acceptance ? { by: s.acceptance.by, date: s.acceptance.date, until: s.acceptance.until ?? '', rationale: s.acceptance.rationale ?? '' } : null,
    needsAcceptance: !!res && res.score > ctx.config.risk.acceptanceThreshold,
    assessed: s.assessed ?? s.identified ?? '',
  };
}

function heatMap(title: string, items: { id: string; s: ScoreView | null }[], criteria: RiskCriteria): HeatMapView {
  const likelihoods = criteria.likelihood.map((l) => l.value);
  // AI risks score the larger of impact and consequences, so the impact axis spans both scales.
  const impacts = [...new Set([...criteria.impact, ...criteria.consequences].map((i) => i.value))].sort((a, b) => b - a);
  const rows = impacts.map((impact) => ({
    impact,
    cells: likelihoods.map((likelihood) => {
      const risks = items.filter((i) => i.s?.impact === impact && i.s.likelihood === likelihood).map((i) => i.id).sort(byString);
      return { likelihood, impact, score: likelihood * impact, level: riskLevel(likelihood * impact, criteria), count: risks.length, risks };
    }),
  }));
  const scored = items.filter((i) => i.s).length;
  return { title, likelihoods, legend: bandRanges(criteria), rows, total: scored, unscored: items.length - scored };
}
