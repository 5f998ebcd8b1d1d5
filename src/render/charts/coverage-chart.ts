import type { CoverageCounts } from '../../analysis/types.js';
import { formatPercent } from '../format.js';
import { INK, MUTED, STATUS_COLORS, STATUS_LABELS } from './palette.js';
import { escapeXml, rect, svgOpen, text, truncate } from './svg.js';

export interface CoverageChartInput {
  title: string;
  overall: CoverageCounts;
  groups: ({ id: string; title: string } & CoverageCounts)[];
}

const SEGMENTS: { key: keyof typeof STATUS_COLORS; count: (c: CoverageCounts) => number }[] = [
  { key: 'implemented', count: (c) => c.implemented },
  { key: 'in-progress', count: (c) => c.inProgress },
  { key: 'planned', count: (c) => c.planned },
  { key: 'no-decision', count: (c) => c.noDecision },
  { key: 'not-applicable', count: (c) => c.excluded },
];

const W = 640;
const LABEL_W = 210;
const BAR_W = 350;
const ROW_H = 28;
const BAR_H = 16;

/** Horizontal stacked bars: the standard overall, then one bar per theme or area, with a legend. */
export function coverageChart(input: CoverageChartInput): string {
  const rows = [{ id: 'All', title: 'Annex A overall', ...input.overall }, ...input.groups];
  const legendY = rows.length * ROW_H + 18;
  const parts = [svgOpen('coverage-chart', W, legendY + 22, `${input.title}: implementation state per theme`)];
  parts.push(`<title>${escapeXml(`${input.title}: ${formatPercent(input.overall.percentImplemented)} implemented`)}</title>`);
  rows.forEach((row, i) => {
    const y = i * ROW_H + 6;
    const label = `${row.id} ${row.title}`;
    parts.push(`<g class="bar-row"><title>${escapeXml(`${label}: ${row.implemented} implemented, ${row.inProgress} in progress, ${row.planned} planned, ${row.noDecision} without decision, ${row.excluded} excluded (${row.total} controls)`)}</title>`);
    parts.push(text(0, y + BAR_H - 3, truncate(label, 32), `fill="${i === 0 ? INK : MUTED}" font-size="12"${i === 0 ? ' font-weight="600"' : ''}`));
    parts.push(rect(LABEL_W, y, BAR_W, BAR_H, '#edf2f7', 'rx="3"'));
    let x = LABEL_W;
    for (const seg of SEGMENTS) {
      const n = seg.count(row);
      if (n === 0 || row.total === 0) continue;
      const w = (n / row.total) * BAR_W;
      parts.push(rect(x, y, w, BAR_H, STATUS_COLORS[seg.key], `class="seg seg-${seg.key}"`));
      x += w;
    }
    parts.push(text(LABEL_W + BAR_W + 10, y + BAR_H - 3, formatPercent(row.percentImplemented), `fill="${INK}" font-size="12" font-weight="600"`));
    parts.push('</g>');
  });
  let lx = 0;
  for (const seg of SEGMENTS) {
    parts.push(rect(lx, legendY, 10, 10, STATUS_COLORS[seg.key], 'rx="2"'));
    parts.push(text(lx + 14, legendY + 9, STATUS_LABELS[seg.key]!, `fill="${MUTED}" font-size="11"`));
    lx += 24 + STATUS_LABELS[seg.key]!.length * 6.5;
  }
  parts.push('</svg>');
  return parts.join('');
}
