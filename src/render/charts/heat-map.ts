import type { HeatMapView } from '../views/risks.js';
import { INK, LEVEL_COLORS, MUTED } from './palette.js';
import { escapeXml, rect, svgOpen, text } from './svg.js';

const CELL = 54;
const GAP = 3;
const LEFT = 46;
const TOP = 8;

/** Likelihood x impact grid sized by the risk criteria's scales; each cell coloured by its risk level and labelled with the number of risks. */
export function heatMap(map: HeatMapView): string {
  const cols = map.likelihoods.length;
  const gridW = cols * CELL + (cols - 1) * GAP;
  const grid = map.rows.length * CELL + (map.rows.length - 1) * GAP;
  const legendY = TOP + grid + 44;
  const legendW = map.legend.reduce((w, l) => w + legendStep(l), 0);
  const parts = [svgOpen('heat-map', Math.max(LEFT + gridW + 8, LEFT + legendW), legendY + 18, `${map.title} heat map, likelihood by impact`)];
  parts.push(`<title>${escapeXml(`${map.title}: ${map.total} risks by likelihood and impact`)}</title>`);
  map.rows.forEach((row, r) => {
    const y = TOP + r * (CELL + GAP);
    parts.push(text(LEFT - 12, y + CELL / 2 + 4, String(row.impact), `fill="${MUTED}" font-size="12" text-anchor="middle"`));
    row.cells.forEach((cell, c) => {
      const x = LEFT + c * (CELL + GAP);
      const tip = `Likelihood ${cell.likelihood} x impact ${cell.impact} = ${cell.score} (${cell.level}): ${cell.count === 0 ? 'no risks' : cell.risks.join(', ')}`;
      parts.push(`<g class="cell level-${cell.level}"><title>${escapeXml(tip)}</title>`);
      parts.push(rect(x, y, CELL, CELL, LEVEL_COLORS[cell.level], `rx="4" fill-opacity="${cell.count > 0 ? '1' : '0.35'}"`));
      if (cell.count > 0) parts.push(text(x + CELL / 2, y + CELL / 2 + 7, String(cell.count), `fill="${INK}" font-size="20" font-weight="700" text-anchor="middle"`));
      parts.push('</g>');
    });
  });
  for (const [c, value] of map.likelihoods.entries()) {
    parts.push(text(LEFT + c * (CELL + GAP) + CELL / 2, TOP + grid + 16, String(value), `fill="${MUTED}" font-size="12" text-anchor="middle"`));
  }
  parts.push(text(LEFT + gridW / 2, TOP + grid + 33, 'Likelihood', `fill="${INK}" font-size="12" font-weight="600" text-anchor="middle"`));
  parts.push(text(12, TOP + grid / 2, 'Impact', `fill="${INK}" font-size="12" font-weight="600" text-anchor="middle" transform="rotate(-90 12 ${TOP + grid / 2})"`));
  let lx = LEFT;
  for (const l of map.legend) {
    parts.push(rect(lx, legendY, 12, 12, LEVEL_COLORS[l.level], 'rx="2"'));
    parts.push(text(lx + 16, legendY + 10, `${l.label} ${l.range}`, `fill="${MUTED}" font-size="10.5"`));
    lx += legendStep(l);
  }
  parts.push('</svg>');
  return parts.join('');
}

function legendStep(l: { label: string; range: string }): number {
  return 24 + (l.label.length + l.range.length + 1) * 6;
}
