import type { AISystemRecord } from '../../model/types.js';
import { classify, isHighRiskRoute } from '../../model/ai-act-classification.js';

/** High-risk (or prohibited) AI systems still in use, by their AI Act classification: they need an impact assessment and human oversight. */
export function isHighRiskInUse(s: AISystemRecord): boolean {
  const route = classify(s).route;
  return (isHighRiskRoute(route) || route === 'prohibited') && s.spec.lifecycleStage !== 'retired';
}
