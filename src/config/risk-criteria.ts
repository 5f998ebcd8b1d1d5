/**
 * Risk criteria (27001 6.1.2 a, 42001 6.1.2): the scales, score bands, acceptance threshold and who may
 * accept, as data. annexa.yaml's `risk:` section overrides the defaults below; every rule, chart and heat
 * map reads them from here, so changing the criteria changes the outcome everywhere at once.
 */

/** Score band levels; the heat map colours and CSS classes are keyed by these. */
export const RISK_LEVEL_IDS = ['low', 'medium', 'high', 'critical'] as const;
export type RiskLevel = (typeof RISK_LEVEL_IDS)[number];

export interface ScaleStep {
  value: number;
  label: string;
  meaning?: string;
}

export interface RiskBand {
  level: RiskLevel;
  label: string;
  /** Lowest score (likelihood x impact) in the band; the band runs up to the next band's min - 1. */
  min: number;
}

export interface RiskCriteria {
  likelihood: ScaleStep[];
  impact: ScaleStep[];
  /** Consequences for individuals, groups and society: a further impact dimension for AI risks (42001 6.1.2). */
  consequences: ScaleStep[];
  bands: RiskBand[];
  /** A residual score above this needs a recorded acceptance (27001 6.1.3 f). */
  acceptanceThreshold: number;
  /** Who may accept residual risk; empty means the risk owner. */
  acceptors: string[];
  /** Days after which a risk must be re-assessed (27001/42001 8.2). */
  reassessDays: number;
}

const step = (value: number, label: string, meaning: string): ScaleStep => ({ value, label, meaning });

export const DEFAULT_RISK_CRITERIA: RiskCriteria = {
  likelihood: [
    step(1, 'Rare', 'not expected within five years'),
    step(2, 'Unlikely', 'could happen once in five years'),
    step(3, 'Possible', 'could happen once in two years'),
    step(4, 'Likely', 'expected about once a year'),
    step(5, 'Almost certain', 'expected several times a year'),
  ],
  impact: [
    step(1, 'Negligible', 'no noticeable effect on operations or data'),
    step(2, 'Minor', 'short disruption or limited data exposure, no harm'),
    step(3, 'Moderate', 'service outage of hours or a reportable data incident'),
    step(4, 'Major', 'outage of days, regulatory action or harm to some people'),
    step(5, 'Severe', 'lasting harm to people, loss of licence or of the business'),
  ],
  consequences: [
    step(1, 'Negligible', 'no effect on the people or groups concerned'),
    step(2, 'Minor', 'inconvenience that people can easily overcome'),
    step(3, 'Moderate', 'unfair treatment or loss of opportunity for some people'),
    step(4, 'Major', 'harm to health, rights or livelihood of individuals or a group'),
    step(5, 'Severe', 'irreversible harm to individuals or broad harm to society'),
  ],
  bands: [
    { level: 'low', label: 'Low', min: 1 },
    { level: 'medium', label: 'Medium', min: 5 },
    { level: 'high', label: 'High', min: 10 },
    { level: 'critical', label: 'Critical', min: 15 },
  ],
  acceptanceThreshold: 9,
  acceptors: [],
  reassessDays: 365,
};

/** The raw `risk:` section of annexa.yaml (already schema-checked). */
export type RawRiskCriteria = Partial<RiskCriteria>;

/** Defaults overlaid with the configured values; bands sorted by their lowest score. */
export function resolveRiskCriteria(raw: RawRiskCriteria | undefined): RiskCriteria {
  const merged = { ...DEFAULT_RISK_CRITERIA, ...(raw ?? {}) };
  const bySort = (a: { value: number }, b: { value: number }) => a.value - b.value;
  return {
    ...merged,
    likelihood: [...merged.likelihood].sort(bySort),
    impact: [...merged.impact].sort(bySort),
    consequences: [...merged.consequences].sort(bySort),
    bands: [...merged.bands].sort((a, b) => a.min - b.min),
  };
}
