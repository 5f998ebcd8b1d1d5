import type { AISystemRecord, RiskRecord } from '../../model/types.js';
import { safeHref, type RiskLevel } from '../format.js';
import { currentScore } from '../../analysis/risk-scores.js';
import type { ViewContext } from './context.js';
import { groupBy } from '../../util/group-by.js';

export interface LinkView {
  title: string;
  url: string;
  /** Set only for http(s) and mailto URLs; other schemes render as text. */
  href: string | null;
}

export interface AiSystemView {
  id: string;
  title: string;
  description: string;
  purpose: string;
  intendedUse: string;
  lifecycleStage: string;
  role: string;
  riskTier: string;
  oversight: { mode: string; description: string };
  owner: string;
  impactAssessment: { id: string; title: string; status: string; known: boolean } | null;
  /** High or unacceptable tier without an impact assessment or without human oversight. */
  missing: string[];
  risks: { id: string; title: string; level: RiskLevel }[];
  dataSources: string[];
  suppliers: string[];
  models: string[];
  links: LinkView[];
}

export interface AiInventoryView {
  systems: AiSystemView[];
  tiers: { tier: string; label: string; count: number }[];
  counts: { total: number; highRisk: number; withImpactAssessment: number; withGaps: number };
}

export const TIERS = [
  { tier: 'unacceptable', label: 'Unacceptable' },
  { tier: 'high', label: 'High' },
  { tier: 'limited', label: 'Limited' },
  { tier: 'minimal', label: 'Minimal' },
];

export function linksOf(links: { title?: string; url: string }[] | undefined): LinkView[] {
  return (links ?? []).map((l) => ({ title: l.title ?? l.url, url: l.url, href: safeHref(l.url) }));
}

export function buildAiView(ctx: ViewContext): AiInventoryView {
  const risks = groupBy(ctx.model.list('Risk'), (k) => k.spec.aiSystems);
  const systems = ctx.model.list('AISystem').map((s) => aiSystem(ctx, s, risks.get(s.metadata.id) ?? []));
  return {
    systems,
    tiers: TIERS.map((t) => ({ ...t, count: systems.filter((s) => s.riskTier === t.tier).length })),
    counts: {
      total: systems.length,
      highRisk: systems.filter((s) => s.riskTier === 'high' || s.riskTier === 'unacceptable').length,
      withImpactAssessment: systems.filter((s) => s.impactAssessment?.known).length,
      withGaps: systems.filter((s) => s.missing.length > 0).length,
    },
  };
}

function aiSystem(ctx: ViewContext, r: AISystemRecord, risks: RiskRecord[]): AiSystemView {
  const s = r.spec;
  const ia = s.impactAssessment ? ctx.model.get('ImpactAssessment', s.impactAssessment) : undefined;
  const high = s.riskTier === 'high' || s.riskTier === 'unacceptable';
  const missing: string[] = [];
  if (high && !ia) missing.push('No impact assessment');
  if (high && (!s.humanOversight?.mode || s.humanOversight.mode === 'none')) missing.push('No human oversight');
  return {
    id: r.metadata.id,
    title: r.metadata.title,
    description: r.metadata.description ?? '',
    purpose: s.purpose,
    intendedUse: s.intendedUse ?? '',
    lifecycleStage: s.lifecycleStage ?? '',
    role: s.role ?? '',
    riskTier: s.riskTier,
    oversight: { mode: s.humanOversight?.mode ?? '', description: s.humanOversight?.description ?? '' },
    owner: s.owner ?? r.metadata.owner ?? '',
    impactAssessment: s.impactAssessment ? { id: s.impactAssessment, title: ia?.metadata.title ?? '', status: ia?.spec.status ?? '', known: !!ia } : null,
    missing,
    risks: risks.map((k) => ({ id: k.metadata.id, title: k.metadata.title, level: currentScore(k, ctx.config.risk).level })),
    dataSources: s.dataSources ?? [],
    suppliers: s.suppliers ?? [],
    models: s.models ?? [],
    links: linksOf(r.metadata.links),
  };
}
