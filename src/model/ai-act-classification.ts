import type { AISystemRecord, AISystemSpec } from './types.js';

/** Operator roles the EU AI Act assigns duties to (Article 3). */
export const AI_ACT_ROLES = ['provider', 'deployer', 'importer', 'distributor', 'authorised-representative', 'product-manufacturer'] as const;

/** How annexa reads one AI system under the EU AI Act, from spec.aiAct or, for older records, riskTier and role. */
export interface AiActClassification {
  roles: string[];
  route: NonNullable<AISystemSpec['aiAct']>['route'];
  /** Route tags the obligation data is keyed by: the route plus Article 50 duties and general-purpose AI. */
  tags: string[];
  annexIII?: string;
  /** True when read from riskTier/role because the record has no spec.aiAct. */
  legacy: boolean;
  /** What the reading assumed, for older records (shown in views). */
  notes: string[];
}

const LEGACY_ROUTE: Record<string, AiActClassification['route']> = { unacceptable: 'prohibited', high: 'high-risk-annex-iii', limited: 'minimal', minimal: 'minimal' };

/** The classification of a system; older records (riskTier, single role) are read with stated assumptions. */
export function classify(s: AISystemRecord): AiActClassification {
  const a = s.spec.aiAct;
  if (a) {
    const tags = [a.route, ...(a.transparency ?? []).map((t) => `art50-${t}`)];
    if (a.gpaiModel) tags.push(a.gpaiModel === 'systemic-risk' ? 'gpai-systemic-risk' : 'gpai');
    return { roles: [...a.roles], route: a.route, tags, annexIII: a.annexIII, legacy: false, notes: [] };
  }
  const notes: string[] = ['classified from riskTier and role (add spec.aiAct for roles, route and Article 50 duties)'];
  const route = LEGACY_ROUTE[s.spec.riskTier] ?? 'minimal';
  if (s.spec.riskTier === 'high') notes.push('high risk without a route: Annex III dates assumed (the earlier ones)');
  const tags: string[] = [route];
  if (s.spec.riskTier === 'limited') {
    tags.push('art50-interaction');
    notes.push('limited risk read as an Article 50 system that interacts with people');
  }
  const roles = s.spec.role && (AI_ACT_ROLES as readonly string[]).includes(s.spec.role) ? [s.spec.role] : [];
  if (s.spec.role && roles.length === 0) notes.push(`role "${s.spec.role}" is not an AI Act operator role`);
  return { roles, route, tags, legacy: true, notes };
}

/** The one-word tier older code and pages show, derived from spec.aiAct when the record has no riskTier. */
export function tierOf(spec: AISystemSpec): string {
  if (spec.riskTier) return spec.riskTier;
  const route = spec.aiAct?.route;
  if (route === 'prohibited') return 'unacceptable';
  if (route === 'high-risk-annex-i' || route === 'high-risk-annex-iii') return 'high';
  return (spec.aiAct?.transparency ?? []).length > 0 ? 'limited' : 'minimal';
}

/** High-risk routes, where the Chapter III requirements and duties apply. */
export function isHighRiskRoute(route: string): boolean {
  return route === 'high-risk-annex-i' || route === 'high-risk-annex-iii';
}

/** Where a finding about the classification points: spec.aiAct/route when present, else spec.riskTier. */
export function classificationPointer(s: AISystemRecord): string {
  return s.spec.aiAct ? '/spec/aiAct/route' : '/spec/riskTier';
}
