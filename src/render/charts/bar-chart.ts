import { INK, MUTED, TONE_COLORS } from './palette.js';
import { escapeXml, num, rect, svgOpen, text, truncate } from './svg.js';

export interface BarItem {
  label: string;
  value: number;
  /** good | warn | bad | info | neutral, or a level/tier name mapped by the caller. */
  tone: string;
}

const W = 420;
const LABEL_W = 120;
const BAR_W = 240;
const ROW_H = 26;

/** Simple horizontal bars with the value at the end, e.g. AI systems by risk tier. */
export function barChart(title: string, items: BarItem[]): string {
  const max = Math.max(1, ...items.map((i) => i.value));
  const parts = [svgOpen('bar-chart', W, items.length * ROW_H + 8, title), `<title>${escapeXml(title)}</title>`];
  items.forEach((item, i) => {
    const y = i * ROW_H + 4;
    parts.push(`<g class="bar"><title>${escapeXml(`${item.label}: ${item.value}`)}</title>`);
    parts.push(text(0, y + 13, truncate(item.label, 18), `fill="${MUTED}" font-size="12"`));
    parts.push(rect(LABEL_W, y, BAR_W, 16, '#edf2f7', 'rx="3"'));
    if (item.value > 0) parts.push(rect(LABEL_W, y, (item.value / max) * BAR_W, 16, TONE_COLORS[item.tone] ?? TONE_COLORS.neutral!, 'rx="3"'));
    parts.push(text(LABEL_W + BAR_W + 8, y + 13, num(item.value), `fill="${INK}" font-size="12" font-weight="600"`));
    parts.push('</g>');
  });
  parts.push('</svg>');
  return parts.join('');
}
