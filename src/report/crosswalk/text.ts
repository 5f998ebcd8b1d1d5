import { Chalk } from 'chalk';
import type { CrosswalkEntry } from '../../analysis/crosswalk-view.js';

/** Human-readable crosswalk: each ref with its related refs, relation type, state, rationale and AI gap. */
export function crosswalkText(entries: CrosswalkEntry[], color: boolean): string {
  const c = new Chalk({ level: color ? 1 : 0 });
  const out: string[] = [];
  for (const e of entries) {
    out.push(c.bold(`${e.ref} ${e.title}`) + c.dim(`  [${e.status}${e.implementedBy.length ? `: ${e.implementedBy.join(', ')}` : ''}]`));
    if (e.unmatched) out.push(`  no counterpart in the other standard: ${e.unmatched}`);
    for (const r of e.related) {
      out.push(`  ${c.cyan(r.relation.padEnd(16))} ${r.ref} ${r.title} ${c.dim(`[${r.status}${r.implementedBy.length ? `: ${r.implementedBy.join(', ')}` : ''}] (${r.origin})`)}`);
      out.push(c.dim(`      why: ${r.rationale}`));
      if (r.aiGap) out.push(c.dim(`      not covered by mapping: ${r.aiGap}`));
    }
    if (e.suggestion) out.push(c.yellow(`  suggestion: ${e.suggestion}`));
    out.push('');
  }
  if (entries.length > 0) out.push(c.dim('A relation suggests where to start; it never counts as implementing the related control.'));
  return out.join('\n') + '\n';
}
