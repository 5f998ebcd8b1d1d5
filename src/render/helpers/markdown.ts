import type { HelperDelegate } from 'handlebars';
import { formatPercent } from '../format.js';
import type { BarItem } from '../charts/bar-chart.js';
import type { CoverageChartInput } from '../charts/coverage-chart.js';
import type { LineChartInput } from '../charts/line-chart.js';
import type { HeatMapView } from '../views/risks.js';
import { labelOf } from './labels.js';

const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;

/** The Markdown versions of the markup helpers: badges become words, charts become tables. */
export const markdownHelpers: Record<string, HelperDelegate> = {
  statusBadge: (value: unknown, ...rest: unknown[]) => (rest.length > 1 && rest[0] !== undefined && rest[0] !== null ? String(rest[0]) : labelOf(value)),
  severityClass: (sev: unknown) => String(sev),
  toneClass: () => '',
  scoreChip: (score: unknown, level: unknown) => `${String(score)} (${String(level)})`,
  coverageChart: (c: CoverageChartInput) =>
    [
      row(['Theme', 'Implemented', 'In progress', 'Planned', 'No decision', 'Excluded', 'Coverage']),
      row(['---', '--:', '--:', '--:', '--:', '--:', '--:']),
      ...[{ id: '**All**', title: '', ...c.overall }, ...c.groups].map((g) =>
        row([`${g.id} ${g.title}`.trim(), g.implemented, g.inProgress, g.planned, g.noDecision, g.excluded, formatPercent(g.percentImplemented)])),
    ].join('\n'),
  heatMap: (m: HeatMapView) =>
    [
      row(['Impact \\ Likelihood', ...m.likelihoods.map(String)]),
      row(['---', ...m.likelihoods.map(() => ':-:')]),
      ...m.rows.map((r) => row([`**${r.impact}**`, ...r.cells.map((c) => (c.count > 0 ? `${c.count} (${c.level})` : '·'))])),
    ].join('\n'),
  lineChart: (c: LineChartInput) =>
    [row(['Date', `Value${c.unit ? ` (${c.unit})` : ''}`]), row(['---', '--:']), ...c.points.map((p) => row([p.date, p.value]))].join('\n'),
  barChart: (_title: unknown, items: BarItem[]) =>
    [row(['', 'Count']), row(['---', '--:']), ...(Array.isArray(items) ? items : []).map((i) => row([i.label, i.value]))].join('\n'),
};
