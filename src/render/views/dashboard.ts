import { formatPercent } from '../format.js';
import { coverageFigures } from '../../analysis/coverage-text.js';
import type { ViewContext } from './context.js';
import type { PackSections } from './sections.js';

export interface KpiView {
  label: string;
  value: string;
  detail: string;
  /** good | warn | bad | neutral: the card's accent colour. */
  tone: 'good' | 'warn' | 'bad' | 'neutral';
  page: string;
}

export interface DashboardView {
  kpis: KpiView[];
  /** Minimum coverage from annexa.yaml, or null. */
  threshold: number | null;
  findings: { errors: number; warnings: number; infos: number };
  evidenceBars: { label: string; value: number; tone: string }[];
  tierBars: { label: string; value: number; tone: string }[];
}

const TIER_TONES: Record<string, string> = { unacceptable: 'bad', high: 'orange', limited: 'warn', minimal: 'good' };

export function buildDashboard(ctx: ViewContext, v: PackSections): DashboardView {
  const threshold = ctx.config.coverage.minImplemented ?? null;
  const coverage: KpiView[] = ctx.analysis.standards.map((s) => {
    const o = s.coverage.overall;
    const tone = threshold === null ? 'neutral' : o.percentImplemented >= threshold ? 'good' : 'bad';
    return { label: `${s.title} coverage`, value: formatPercent(o.percentImplemented), detail: `${coverageFigures(o)}${threshold === null ? '' : `, target ${threshold}%`}`, tone, page: `soa-${s.catalog}` };
  });
  const count = (sev: string) => ctx.findings.filter((f) => f.severity === sev).length;
  const e = v.evidence.counts;
  const r = v.risks.counts;
  const kpis: KpiView[] = [
    ...coverage,
    { label: 'Open gaps', value: String(v.gaps.total), detail: 'corrective actions to plan', tone: v.gaps.total === 0 ? 'good' : 'bad', page: 'gaps' },
    { label: 'Nonconformities', value: String(v.managementSystem.counts.openNonconformities), detail: `open; ${v.managementSystem.counts.closedNonconformities} closed, ${v.managementSystem.counts.overdueActions} overdue actions`, tone: v.managementSystem.counts.overdueActions > 0 ? 'bad' : v.managementSystem.counts.openNonconformities > 0 ? 'warn' : 'good', page: 'management-system' },
    { label: 'Risks', value: String(r.total), detail: `${r.highResidual} high or critical after treatment`, tone: r.highResidual > 0 ? 'warn' : 'good', page: 'risk-register' },
    { label: 'AI systems', value: String(v.ai.counts.total), detail: `${v.ai.counts.highRisk} high-risk, ${v.ai.counts.withGaps} of them with gaps; ${v.ai.counts.total - v.ai.counts.withImpactAssessment} without impact assessment`, tone: v.ai.counts.withGaps > 0 ? 'bad' : 'good', page: 'ai-inventory' },
    { label: 'Evidence', value: String(e.total), detail: `${e.fresh} fresh, ${e.stale} stale, ${e.unknown} undated`, tone: e.stale > 0 ? 'warn' : 'good', page: 'evidence' },
  ];
  return {
    kpis,
    threshold,
    findings: { errors: count('error'), warnings: count('warning'), infos: count('info') },
    tierBars: v.ai.tiers.map((t) => ({ label: t.label, value: t.count, tone: TIER_TONES[t.tier] ?? 'neutral' })),
    evidenceBars: [
      { label: 'Fresh', value: e.fresh, tone: 'good' },
      { label: 'Stale', value: e.stale, tone: 'bad' },
      { label: 'No date', value: e.unknown, tone: 'neutral' },
    ],
  };
}
