import { Chalk } from 'chalk';
import type { CatalogItem } from '../../analysis/catalog-view.js';

/** The list: one line per entry, ref and title, with its theme or area as a heading. */
export function catalogListText(items: CatalogItem[], color: boolean): string {
  const c = new Chalk({ level: color ? 1 : 0 });
  const width = Math.max(0, ...items.map((i) => i.ref.length));
  const out: string[] = [];
  let heading: string | undefined;
  for (const i of items) {
    const h = i.theme ? `${i.ref.split(':')[0]} ${i.theme.id} ${i.theme.title}` : undefined;
    if (h && h !== heading) {
      if (heading !== undefined) out.push('');
      out.push(c.bold(h));
      heading = h;
    }
    out.push(`${i.ref.padEnd(width)}  ${i.title}`);
  }
  out.push('', c.dim(`${items.length} ${items[0]?.type === 'clause' ? 'clause' : 'control'}${items.length === 1 ? '' : 's'}; \`annexa catalog REF\` shows one with its description and crosswalk relations`));
  return out.join('\n') + '\n';
}

/** One entry in full: description, grouping, attributes and what the crosswalk relates it to. */
export function catalogItemText(i: CatalogItem, color: boolean): string {
  const c = new Chalk({ level: color ? 1 : 0 });
  const out = [c.bold(`${i.ref}  ${i.title}`)];
  const width = Math.max(9, ...Object.keys(i.attributes ?? {}).map((k) => k.length));
  const field = (name: string, value: string) => out.push(`  ${c.dim(name.padEnd(width))}  ${value}`);
  field('type', i.type === 'control' ? 'Annex A control' : 'clause');
  if (i.theme) field(i.ref.startsWith('iso27001:') ? 'theme' : 'area', `${i.theme.id} ${i.theme.title}`);
  if (i.objective) field('objective', `${i.objective.id} ${i.objective.title}`);
  if (i.parent) field('part of', i.parent);
  if (i.description) field('summary', i.description);
  for (const [k, vs] of Object.entries(i.attributes ?? {})) field(k, vs.join(', '));
  if (i.related.length || i.unmatched) out.push('', c.bold('  crosswalk'));
  if (i.unmatched) out.push(`  no counterpart in the other standard: ${i.unmatched}`);
  for (const r of i.related) {
    out.push(`  ${c.cyan(r.relation.padEnd(16))} ${r.ref}${r.title ? ` ${r.title}` : ''}`);
    out.push(c.dim(`      why: ${r.rationale}`));
    if (r.aiGap) out.push(c.dim(`      not covered by mapping: ${r.aiGap}`));
  }
  out.push('', c.dim('Summaries are annexa\'s own words; the standard\'s text is the authority.'));
  return out.join('\n') + '\n';
}
