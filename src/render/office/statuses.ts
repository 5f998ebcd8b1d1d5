import { CONTROL_STATUSES } from '../../model/types.js';

/** The values a SoA status cell may hold: the record statuses plus `no-decision`. */
export const SOA_STATUSES: string[] = [...CONTROL_STATUSES, 'no-decision'];
