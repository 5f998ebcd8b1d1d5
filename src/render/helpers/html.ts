import Handlebars from 'handlebars';
import type { HelperDelegate } from 'handlebars';
import { barChart, type BarItem } from '../charts/bar-chart.js';
import { coverageChart, type CoverageChartInput } from '../charts/coverage-chart.js';
import { heatMap } from '../charts/heat-map.js';
import { lineChart, type LineChartInput } from '../charts/line-chart.js';
import { escapeXml } from '../charts/svg.js';
import type { HeatMapView } from '../views/risks.js';
import { labelOf, toneOf } from './labels.js';

const safe = (html: string) => new Handlebars.SafeString(html);
const SEVERITIES = new Set(['error', 'warning', 'info']);
const LEVELS = new Set(['low', 'medium', 'high', 'critical']);

/**
 * Helpers that return markup. Each escapes every value it embeds and returns a SafeString,
 * so templates never need triple braces.
 */
export const htmlHelpers: Record<string, HelperDelegate> = {
  /** `{{statusBadge status}}` or `{{statusBadge value "Text"}}`: a coloured pill; the colour comes from a fixed table. */
  statusBadge: (value: unknown, ...rest: unknown[]) => {
    const text = rest.length > 1 && rest[0] !== undefined && rest[0] !== null ? String(rest[0]) : labelOf(value);
    return safe(`<span class="badge tone-${toneOf(value)}">${escapeXml(text)}</span>`);
  },
  /** CSS class for a finding severity: `sev-error`, `sev-warning`, `sev-info`. */
  severityClass: (sev: unknown) => `sev-${SEVERITIES.has(String(sev)) ? String(sev) : 'info'}`,
  /** Tone class for any enum value (`tone-good`, `tone-bad`, ...), for cells and cards. */
  toneClass: (value: unknown) => `tone-${toneOf(value)}`,
  /** Numeric risk score chip coloured by level. */
  scoreChip: (score: unknown, level: unknown) => safe(`<span class="score level-${LEVELS.has(String(level)) ? String(level) : 'none'}">${escapeXml(String(score))}</span>`),
  coverageChart: (input: CoverageChartInput) => safe(coverageChart(input)),
  heatMap: (map: HeatMapView) => safe(heatMap(map)),
  /** `{{barChart "Title" items}}` with items `{label, value, tone}`. */
  barChart: (title: unknown, items: BarItem[]) => safe(barChart(String(title), Array.isArray(items) ? items : [])),
  /** `{{lineChart chart}}`: an objective's measurements over time against its target. */
  lineChart: (input: LineChartInput) => safe(lineChart(input)),
};
