import { cell } from '../reporters/markdown.js';
import { STATE_LABEL, type ClausesView } from './view.js';

/** A table per standard, for pull-request comments and wikis. */
export function clausesMarkdown(view: ClausesView): string {
  const out = [`# Clause readiness${view.organization ? `: ${cell(view.organization)}` : ''}`, '', `annexa ${view.toolVersion}, ${view.date}`, ''];
  for (const s of view.standards) {
    out.push(`## ${cell(s.title)}`, '', `${s.met} of ${s.required} clause requirements met.`, '');
    out.push('| Clause | Title | Requirement | State | Records |', '|---|---|---|---|---|');
    for (const r of s.rows) {
      const records = r.records.length ? r.records.map((x) => `\`${x}\``).join(', ') : r.state === 'missing' ? `add ${cell(r.wanted.join('; '))}` : '';
      out.push(`| ${r.clause} | ${cell(r.title)} | ${cell(r.requirement)} | ${STATE_LABEL[r.state]} | ${records} |`);
    }
    out.push('');
  }
  return out.join('\n');
}
