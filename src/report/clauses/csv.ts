import { csvCell } from '../soa/csv.js';
import type { ClausesView } from './view.js';

const HEADER = ['standard', 'clause', 'title', 'need', 'requirement', 'state', 'records', 'wanted'];

/** One row per clause requirement of each standard in scope. */
export function clausesCsv(view: ClausesView): string {
  const rows = [HEADER];
  for (const s of view.standards) for (const r of s.rows) rows.push([s.standard, r.clause, r.title, r.need, r.requirement, r.state, r.records.join('; '), r.wanted.join('; ')]);
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
