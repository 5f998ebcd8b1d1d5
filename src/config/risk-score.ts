import type { RiskBand, RiskCriteria, RiskLevel } from './risk-criteria.js';

/** Scores on the configured scales: score = likelihood x impact, banded by the configured bands. */

export interface Score {
  likelihood: number;
  impact: number;
  score: number;
  level: RiskLevel;
}

/** The band a score falls in: the highest band whose min it reaches (the lowest band below all mins). */
export function bandOf(score: number, criteria: RiskCriteria): RiskBand {
  let band = criteria.bands[0]!;
  for (const b of criteria.bands) if (score >= b.min) band = b;
  return band;
}

export function riskLevel(score: number, criteria: RiskCriteria): RiskLevel {
  return bandOf(score, criteria).level;
}

/**
 * A risk score. For AI risks the consequences for individuals and society are a second impact dimension:
 * the larger of impact and consequences counts, so harm to people cannot hide behind a low business impact.
 */
export function scoreOf(likelihood: number, impact: number, criteria: RiskCriteria, consequences?: number): Score {
  const effective = Math.max(impact, consequences ?? 0);
  const score = likelihood * effective;
  return { likelihood, impact: effective, score, level: riskLevel(score, criteria) };
}

/** Legend rows for charts: label and score range per band, from the criteria. */
export function bandRanges(criteria: RiskCriteria): { level: RiskLevel; label: string; range: string }[] {
  const max = maxValue(criteria.likelihood) * Math.max(maxValue(criteria.impact), maxValue(criteria.consequences));
  return criteria.bands.map((b, i) => {
    const next = criteria.bands[i + 1];
    const hi = next ? next.min - 1 : max;
    return { level: b.level, label: b.label, range: hi === b.min ? `${b.min}` : `${b.min}-${hi}` };
  });
}

export function maxValue(scale: { value: number }[]): number {
  return scale.reduce((m, s) => Math.max(m, s.value), 0);
}
