import type { StandardReadiness } from '../../analysis/clause-readiness.js';

/** What every clause-readiness format receives. */
export interface ClausesView {
  toolVersion: string;
  date: string;
  organization?: string;
  standards: StandardReadiness[];
}

export type ClausesFormat = 'text' | 'markdown' | 'json' | 'csv';

/** The word each state shows as. */
export const STATE_LABEL = { met: 'met', missing: 'MISSING', 'not-needed': 'not needed yet' } as const;
