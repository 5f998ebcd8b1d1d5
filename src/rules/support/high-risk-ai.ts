import type { AISystemRecord } from '../../model/types.js';

/** High-risk (or prohibited-tier) AI systems still in use: they need an impact assessment and human oversight. */
export function isHighRiskInUse(s: AISystemRecord): boolean {
  return (s.spec.riskTier === 'high' || s.spec.riskTier === 'unacceptable') && s.spec.lifecycleStage !== 'retired';
}
