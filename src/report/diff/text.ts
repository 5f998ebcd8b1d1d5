import type { DiffRenderer } from './types.js';
import { diffSections } from './sections.js';
import { changeCount, coverageDelta, coverageText, sideLabel } from './format.js';

/** Human-readable diff for a terminal: one line per change, coverage before and after last. */
export const text: DiffRenderer = (r) => {
  const lines = [`Governance changes from ${sideLabel(r.from)} to ${sideLabel(r.to)}`, ''];
  const sections = diffSections(r.diff, { code: (s) => s, text: (s) => s });
  if (sections.length === 0) lines.push('No changes to controls, risks, AI systems, policies or impact assessments.', '');
  for (const s of sections) {
    lines.push(`${s.title} (${s.items.length})`, ...s.items.map((i) => `  ${i}`), '');
  }
  lines.push('Coverage (Annex A controls implemented, excluded ones left out)');
  for (const c of r.diff.coverage) {
    const delta = coverageDelta(c.before, c.after);
    lines.push(`  ${c.standard}: ${coverageText(c.before)} -> ${coverageText(c.after)}${delta ? `  ${delta}` : ''}`);
  }
  lines.push('', `${changeCount(r.diff)} change${changeCount(r.diff) === 1 ? '' : 's'}`);
  return lines.join('\n') + '\n';
};
