import type { RiskRecord } from '../../model/types.js';
import { byString, daysOverdue, reviewState, riskLevel, type RiskLevel } from '../format.js';
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
}

export interface HeatCellView {
  likelihood: number;
  impact: number;
  score: number;
  level: RiskLevel;
  count: number;
  risks: string[];
}

/** Rows from impact 5 (top) to 1, each with likelihood 1..5. */
export interface HeatMapView {
  title: string;
  rows: { impact: number; cells: HeatCellView[] }[];
  total: number;
  /** Risks left off this map (no residual score). */
  unscored: number;
}

export interface RiskRegisterView {
  rows: RiskRowView[];
  heat: { inherent: HeatMapView; residual: HeatMapView };
  counts: { total: number; open: number; untreated: number; highInherent: number; highResidual: number; withoutResidual: number; reviewOverdue: number };
  byLevel: { level: RiskLevel; inherent: number; residual: number }[];
}

const score = (likelihood: number, impact: number): ScoreView => ({ likelihood, impact, score: likelihood * impact, level: riskLevel(likelihood * impact) });

export function buildRiskView(ctx: ViewContext): RiskRegisterView {
  const rows = ctx.model.list('Risk').map((r) => riskRow(ctx, r));
  const high = (s: ScoreView | null) => !!s && (s.level === 'high' || s.level === 'critical');
  return {
    rows,
    heat: {
      inherent: heatMap('Inherent risk', rows.map((r) => ({ id: r.id, s: r.inherent }))),
      residual: heatMap('Residual risk', rows.map((r) => ({ id: r.id, s: r.residual }))),
    },
    counts: {
      total: rows.length,
      open: rows.filter((r) => r.status === 'open' || r.status === '').length,
      untreated: rows.filter((r) => r.treatment.option === '').length,
      highInherent: rows.filter((r) => high(r.inherent)).length,
      highResidual: rows.filter((r) => high(r.residual)).length,
      withoutResidual: rows.filter((r) => !r.residual).length,
      reviewOverdue: rows.filter((r) => r.review === 'overdue').length,
    },
    byLevel: (['low', 'medium', 'high', 'critical'] as RiskLevel[]).map((level) => ({
      level,
      inherent: rows.filter((r) => r.inherent.level === level).length,
      residual: rows.filter((r) => r.residual?.level === level).length,
    })),
  };
}

function riskRow(ctx: ViewContext, r: RiskRecord): RiskRowView {
  const s = r.spec;
  const res = s.residual?.likelihood && s.residual?.impact ? score(s.residual.likelihood, s.residual.impact) : null;
  const closed = s.status === 'closed' || s.status === 'treated';
  return {
    id: r.metadata.id,
    title: r.metadata.title,
    description: s.description ?? r.metadata.description ?? '',
    domain: s.domain,
    owner: s.owner ?? r.metadata.owner ?? '',
    inherent: score(s.likelihood, s.impact),
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
  };
}

function heatMap(title: string, items: { id: string; s: ScoreView | null }[]): HeatMapView {
  const rows = [5, 4, 3, 2, 1].map((impact) => ({
    impact,
    cells: [1, 2, 3, 4, 5].map((likelihood) => {
      const risks = items.filter((i) => i.s?.impact === impact && i.s.likelihood === likelihood).map((i) => i.id).sort(byString);
      return { likelihood, impact, score: likelihood * impact, level: riskLevel(likelihood * impact), count: risks.length, risks };
    }),
  }));
  const scored = items.filter((i) => i.s).length;
  return { title, rows, total: scored, unscored: items.length - scored };
}
