import type { DiffRenderer } from './types.js';
import { diffSections } from './sections.js';
import { changeCount, coverageDelta, coverageText, sideLabel } from './format.js';

/** Escapes characters that would turn user text into markdown or HTML (for PR comments). */
function escapeMd(s: string): string {
  return s.replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`);
}

/** A markdown report, e.g. for a pull-request comment or the audit pack. */
export const markdown: DiffRenderer = (r) => {
  const code = (s: string) => `\`${s.replace(/`/g, "'")}\``;
  const out = [`# Governance changes from ${code(sideLabel(r.from))} to ${code(sideLabel(r.to))}`, ''];
  const sections = diffSections(r.diff, { code, text: escapeMd });
  if (sections.length === 0) out.push('No changes to controls, risks, AI systems, policies or impact assessments.', '');
  for (const s of sections) out.push(`## ${s.title} (${s.items.length})`, '', ...s.items.map((i) => `- ${i}`), '');
  out.push('## Coverage', '', '| Standard | Before | After | Change |', '|---|---|---|---|');
  for (const c of r.diff.coverage) {
    out.push(`| ${c.standard} | ${coverageText(c.before)} | ${coverageText(c.after)} | ${coverageDelta(c.before, c.after) || '-'} |`);
  }
  out.push('', `${changeCount(r.diff)} change${changeCount(r.diff) === 1 ? '' : 's'}.`);
  return out.join('\n') + '\n';
};
