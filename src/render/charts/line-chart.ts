import { INK, MUTED } from './palette.js';
import { escapeXml, num, svgOpen, text } from './svg.js';
import { daysBetween } from '../../util/dates.js';

/** Dated measurements of one objective and its target. */
export interface LineChartInput {
  title: string;
  points: { date: string; value: number }[];
  target: number | null;
  unit: string;
}

const W = 420;
const H = 180;
const PAD = { left: 44, right: 16, top: 14, bottom: 30 };

/** Measurements over time as a line, the target as a dashed line; x is proportional to time. */
export function lineChart(input: LineChartInput): string {
  const pts = [...input.points].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const values = [...pts.map((p) => p.value), ...(input.target === null ? [] : [input.target])];
  const lo = Math.min(0, ...values);
  const hi = Math.max(1, ...values) * 1.1;
  const first = pts[0]?.date ?? '';
  const span = Math.max(1, pts.length > 1 ? daysBetween(first, pts[pts.length - 1]!.date) : 1);
  const x = (date: string) => PAD.left + (pts.length > 1 ? (daysBetween(first, date) / span) * (W - PAD.left - PAD.right) : (W - PAD.left - PAD.right) / 2);
  const y = (v: number) => H - PAD.bottom - ((v - lo) / (hi - lo)) * (H - PAD.top - PAD.bottom);
  const unit = input.unit ? ` ${input.unit}` : '';
  const parts = [svgOpen('line-chart', W, H, input.title), `<title>${escapeXml(input.title)}</title>`];
  parts.push(`<line x1="${PAD.left}" y1="${num(y(lo))}" x2="${W - PAD.right}" y2="${num(y(lo))}" stroke="${MUTED}" stroke-width="1"/>`);
  parts.push(text(4, y(hi / 1.1) + 4, `${num(hi / 1.1)}${unit}`, `fill="${MUTED}" font-size="10"`), text(4, y(lo) + 4, `${num(lo)}${unit}`, `fill="${MUTED}" font-size="10"`));
  if (input.target !== null) {
    parts.push(`<g class="target"><title>${escapeXml(`Target ${input.target}${unit}`)}</title><line x1="${PAD.left}" y1="${num(y(input.target))}" x2="${W - PAD.right}" y2="${num(y(input.target))}" stroke="#2f855a" stroke-width="1.5" stroke-dasharray="5 4"/></g>`);
  }
  if (pts.length > 1) parts.push(`<polyline fill="none" stroke="#3182ce" stroke-width="2" points="${pts.map((p) => `${num(x(p.date))},${num(y(p.value))}`).join(' ')}"/>`);
  for (const p of pts) {
    parts.push(`<g class="point"><title>${escapeXml(`${p.date}: ${p.value}${unit}`)}</title><circle cx="${num(x(p.date))}" cy="${num(y(p.value))}" r="3.5" fill="#3182ce"/></g>`);
  }
  if (pts.length > 0) {
    parts.push(text(PAD.left, H - 10, first, `fill="${INK}" font-size="10"`));
    if (pts.length > 1) parts.push(text(W - PAD.right, H - 10, pts[pts.length - 1]!.date, `fill="${INK}" font-size="10" text-anchor="end"`));
  }
  parts.push('</svg>');
  return parts.join('');
}
