import { STATE_LABEL, type ClausesView } from './view.js';

/** Up to five records, then how many more (the json and csv formats list all). */
const some = (ids: string[]) => (ids.length > 5 ? `${ids.slice(0, 5).join(', ')} and ${ids.length - 5} more` : ids.join(', '));

/** One block per standard: each clause requirement, its state and the records meeting it. */
export function clausesText(view: ClausesView): string {
  const out: string[] = [];
  for (const s of view.standards) {
    out.push(`${s.title} (${s.standard}): ${s.met} of ${s.required} clause requirements met`, '');
    for (const r of s.rows) {
      out.push(`  ${r.clause.padEnd(6)} ${STATE_LABEL[r.state].padEnd(14)} ${r.title}`);
      out.push(`         ${r.requirement}`);
      if (r.records.length) out.push(`         met by: ${some(r.records)}`);
      if (r.state === 'missing') out.push(`         add: ${r.wanted.join('; ')}`);
    }
    out.push('');
  }
  return out.join('\n');
}
