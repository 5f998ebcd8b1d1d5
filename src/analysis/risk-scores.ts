import type { RiskCriteria } from '../config/risk-criteria.js';
import { scoreOf, type Score } from '../config/risk-score.js';
import type { RiskRecord } from '../model/types.js';

/** Inherent score of a risk on the configured criteria (AI risks count their consequences for people). */
export function inherentScore(r: RiskRecord, criteria: RiskCriteria): Score {
  return scoreOf(r.spec.likelihood, r.spec.impact, criteria, r.spec.consequences);
}

/**
 * Residual score: the recorded residual, or, for a risk whose option is accept, the inherent score
 * (accepting changes nothing about the risk). Null when no residual is known.
 */
export function residualScore(r: RiskRecord, criteria: RiskCriteria): Score | null {
  const res = r.spec.residual;
  if (res?.likelihood && res.impact) return scoreOf(res.likelihood, res.impact, criteria, res.consequences);
  if (r.spec.treatment?.option === 'accept') return inherentScore(r, criteria);
  return null;
}

/** The score that stands now: residual when known, else inherent. */
export function currentScore(r: RiskRecord, criteria: RiskCriteria): Score {
  return residualScore(r, criteria) ?? inherentScore(r, criteria);
}
