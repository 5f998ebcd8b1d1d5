import type { ImpactAssessmentRecord } from '../../model/types.js';
import { reviewState } from '../format.js';
import { linksOf, type LinkView } from './ai.js';
import { refView, type RefView, type ViewContext } from './context.js';

export interface ImpactAssessmentView {
  id: string;
  title: string;
  description: string;
  owner: string;
  aiSystem: { id: string; title: string; riskTier: string };
  status: string;
  performed: string;
  approval: { by: string; date: string } | null;
  nextReview: string;
  review: 'overdue' | 'due-soon' | 'ok' | 'none';
  affected: { label: string; entries: string[] }[];
  impacts: { description: string; affects: string; severity: string; kind: string; mitigations: string[] }[];
  mitigations: { description: string; controls: RefView[] }[];
  counts: { negative: number; positive: number; highOrCritical: number };
  links: LinkView[];
  /** Risks the assessment raised (6.1.4 feeds 6.1.2) and the system version assessed. */
  risks: { id: string; title: string }[];
  systemVersion: string;
}

/** A recorded screening decision on whether an AI system needs a full impact assessment. */
export interface ScreeningView {
  aiSystem: { id: string; title: string; riskTier: string };
  outcome: string;
  reason: string;
  by: string;
  decided: string;
}

export function buildScreeningViews(ctx: ViewContext): ScreeningView[] {
  return ctx.model.list('AISystem').flatMap((a) => {
    const sc = a.spec.impactScreening;
    return sc ? [{ aiSystem: { id: a.metadata.id, title: a.metadata.title, riskTier: a.spec.riskTier }, outcome: sc.outcome, reason: sc.reason, by: sc.by, decided: sc.date }] : [];
  });
}

export function buildImpactAssessmentViews(ctx: ViewContext): ImpactAssessmentView[] {
  return ctx.model.list('ImpactAssessment').map((r) => view(ctx, r));
}

function view(ctx: ViewContext, r: ImpactAssessmentRecord): ImpactAssessmentView {
  const s = r.spec;
  const sys = ctx.model.get('AISystem', s.aiSystem);
  const impacts = (s.impacts ?? []).map((i) => ({ description: i.description, affects: i.affects ?? '', severity: i.severity ?? '', kind: i.kind ?? 'negative', mitigations: i.mitigations ?? [] }));
  const affected = [
    { label: 'Individuals', entries: s.affected?.individuals ?? [] },
    { label: 'Groups', entries: s.affected?.groups ?? [] },
    { label: 'Society', entries: s.affected?.society ?? [] },
  ].filter((a) => a.entries.length > 0);
  return {
    id: r.metadata.id,
    title: r.metadata.title,
    description: r.metadata.description ?? '',
    owner: r.metadata.owner ?? '',
    aiSystem: { id: s.aiSystem, title: sys?.metadata.title ?? '', riskTier: sys?.spec.riskTier ?? '' },
    status: s.status ?? '',
    performed: s.performed ?? '',
    approval: s.approval ? { by: s.approval.by ?? '', date: s.approval.date ?? '' } : null,
    nextReview: s.nextReview ?? '',
    review: reviewState(s.nextReview, ctx.date),
    affected,
    impacts,
    mitigations: (s.mitigations ?? []).map((m) => ({ description: m.description, controls: (m.controls ?? []).map((c) => refView(ctx, c)) })),
    counts: {
      negative: impacts.filter((i) => i.kind !== 'positive').length,
      positive: impacts.filter((i) => i.kind === 'positive').length,
      highOrCritical: impacts.filter((i) => i.kind !== 'positive' && (i.severity === 'high' || i.severity === 'critical')).length,
    },
    links: linksOf(r.metadata.links),
    risks: (s.risks ?? []).map((id) => ({ id, title: ctx.model.get('Risk', id)?.metadata.title ?? '' })),
    systemVersion: s.systemVersion ?? '',
  };
}
