import type { SoaView } from './view.js';
import { aiSystemsText, applicableText, implementationText, justificationText, ownerText, providerText, relatedText } from './view.js';

// Headers for the people who open the file in a spreadsheet; the last two columns repeat whose SoA it is and
// its date on every row, so a sorted or filtered sheet still says it (a preamble line would break CSV readers).
const HEADER = ['Control', 'Standard', 'Theme or area', 'Title', 'Applicable', 'Justification', 'Status', 'Implemented by', 'Evidence', 'Related controls', 'Implementation', 'Owner', 'Provider', 'AI systems', 'Organisation', 'SoA date'];

/** Excel reads a CSV without a byte order mark as the local code page: "Müller's" turns into mojibake. */
export const UTF8_BOM = '\uFEFF';

/**
 * A cell that a spreadsheet can never run as a formula (OWASP CSV injection): a leading
 * = + - @ tab or CR is neutralised with an apostrophe; quoting per RFC 4180.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One row per Annex A control of each standard in scope, starting with the control ref; `bom` for Excel. */
export function soaCsv(view: SoaView, options: { bom?: boolean } = {}): string {
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
        view.organization ?? '',
        view.date,
      ]);
    }
  }
  return (options.bom ? UTF8_BOM : '') + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
