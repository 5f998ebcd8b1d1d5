import { classificationText, holdsText, stateText, AI_ACT_DISCLAIMER, type AiActReport } from './view.js';

/** `annexa ai-act` for a terminal: one block per system, one line per article. */
export function aiActText(r: AiActReport): string {
  const out: string[] = [];
  for (const s of r.systems) {
    const c = s.counts;
    out.push(`${s.id}  ${s.title}`, `  ${classificationText(s)}`);
    for (const n of s.classification.notes) out.push(`  note: ${n}`);
    out.push(`  ${c.applicable} articles, ${c.inForce} in force on ${r.date}: ${c.addressed} addressed, ${c.suggested} suggested by related 42001 controls, ${c.open} open`);
    for (const o of s.obligations) out.push(`  ${o.ref.padEnd(16)} ${stateText(o).padEnd(32)} ${o.title} — ${holdsText(o)}`);
    out.push('');
  }
  if (r.systems.length === 0) out.push('no AI systems in the inventory', '');
  out.push(`Dates: ${r.source}.`, AI_ACT_DISCLAIMER, '');
  return out.join('\n');
}
