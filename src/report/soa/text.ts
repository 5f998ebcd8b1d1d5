import { Chalk } from 'chalk';
import type { SoaView } from './view.js';
import { applicableText, justificationText, ownerText, providerText } from './view.js';
import { coverageFigures, coverageSummary, percentText } from '../../analysis/coverage-text.js';

const STATUS_COLOR = { implemented: 'green', 'in-progress': 'yellow', planned: 'cyan', 'not-applicable': 'gray', 'no-decision': 'red', inherited: 'magenta', shared: 'magenta' } as const;

/** Terminal SoA: a coverage summary per standard, then an aligned table of controls. */
export function soaText(view: SoaView, color: boolean, width = 120): string {
  const c = new Chalk({ level: color ? 1 : 0 });
  const out: string[] = [];
  for (const s of view.standards) {
    const o = s.coverage.overall;
    out.push(c.bold(`${s.title}`) + `  ${coverageSummary(o)}; ${o.inProgress} in progress, ${o.planned} planned`);
    for (const g of s.coverage.groups) out.push(c.dim(`  ${g.id.padEnd(5)} ${g.title.padEnd(48).slice(0, 48)} ${percentText(g.percentImplemented).padStart(6)}  ${coverageFigures(g)}`));
    out.push('');
    const titleWidth = Math.max(20, Math.min(60, width - 60));
    for (const e of s.soa) {
      const status = c[STATUS_COLOR[e.status]](e.status.padEnd(14));
      const title = e.title.length > titleWidth ? e.title.slice(0, titleWidth - 1) + '…' : e.title.padEnd(titleWidth);
      out.push(`${e.ref.padEnd(18)} ${title} ${applicableText(e).padEnd(9)} ${status} ${e.implementedBy.map((i) => i.id).join(', ')}`);
      // Reason, owner and provider on an indented line, so the table stays scannable.
      const detail = [justificationText(e), ownerText(e) && `owner: ${ownerText(e)}`, providerText(e) && `provider: ${providerText(e)}`].filter((x) => x).join(' | ');
      if (detail) out.push(c.dim(`${' '.repeat(19)}${detail}`));
    }
    out.push('');
  }
  return out.join('\n');
}
