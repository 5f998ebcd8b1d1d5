/** Escapes text and attribute values for SVG/HTML. Every string that reaches a chart passes through here. */
export function escapeXml(s: string | number): string {
  return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** A coordinate with at most two decimals and no trailing zeros, so output is byte-stable. */
export function num(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** Shortens a label to `max` characters with an ellipsis; the full text goes into a <title>. */
export function truncate(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1).trimEnd()}…`;
}

/** Opens an accessible, responsive SVG element. */
export function svgOpen(cls: string, width: number, height: number, label: string): string {
  return `<svg class="chart ${escapeXml(cls)}" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${num(width)} ${num(height)}" width="${num(width)}" height="${num(height)}" role="img" aria-label="${escapeXml(label)}">`;
}

export function text(x: number, y: number, content: string, attrs = ''): string {
  return `<text x="${num(x)}" y="${num(y)}"${attrs ? ` ${attrs}` : ''}>${escapeXml(content)}</text>`;
}

export function rect(x: number, y: number, w: number, h: number, fill: string, extra = ''): string {
  return `<rect x="${num(x)}" y="${num(y)}" width="${num(w)}" height="${num(h)}" fill="${escapeXml(fill)}"${extra ? ` ${extra}` : ''}/>`;
}
