import type { SoaView } from './view.js';
import { aiSystemsText, applicableText, implementationText, justificationText, ownerText, providerText, relatedText } from './view.js';

const HEADER = ['control', 'standard', 'theme_or_area', 'title', 'applicable', 'justification', 'status', 'implemented_by', 'evidence', 'related_controls', 'implementation', 'owner', 'provider', 'ai_systems'];

/**
 * A cell that a spreadsheet can never run as a formula (OWASP CSV injection): a leading
 * = + - @ tab or CR is neutralised with an apostrophe; quoting per RFC 4180.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One row per Annex A control of each standard in scope, starting with the control ref. */
export function soaCsv(view: SoaView): string {
  const rows = [HEADER];
  for (const s of view.standards) {
    for (const e of s.soa) {
      rows.push([
        e.ref,
        s.standard,
        `${e.group.id} ${e.group.title}`.trim(),
        e.title,
        applicableText(e),
        justificationText(e),
        e.status,
        e.implementedBy.map((i) => i.id).join('; '),
        e.evidence.map((ev) => ev.id).join('; '),
        relatedText(e),
        implementationText(e),
        ownerText(e),
        providerText(e),
        aiSystemsText(e),
      ]);
    }
  }
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
