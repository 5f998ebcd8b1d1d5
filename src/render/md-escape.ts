import Handlebars from 'handlebars';

/**
 * Escapes text for Markdown: backslash-escapes the characters that start markup or break
 * tables, neutralises HTML tags and entities, and folds line breaks so a value stays in its cell.
 */
export function escapeMarkdown(s: string): string {
  return s
    .replace(/\r?\n\s*/g, ' ')
    .replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`)
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&');
}

/**
 * The view with every string escaped for Markdown. Markdown templates compile with noEscape, so
 * `{{title}}` prints the prepared text; the view is escaped once, here, not by each template.
 */
export function escapeViewForMarkdown<T>(value: T): T {
  return walk(value) as T;
}

function walk(v: unknown): unknown {
  if (typeof v === 'string') return escapeMarkdown(v);
  if (Array.isArray(v)) return v.map(walk);
  if (v instanceof Handlebars.SafeString) return v;
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = walk(x);
    return out;
  }
  return v;
}
