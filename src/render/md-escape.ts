import Handlebars from 'handlebars';

const NEEDS_ESCAPE = /[\n\\`*_[\]<>|#&]/;

/**
 * Escapes text for Markdown: backslash-escapes the characters that start markup or break
 * tables, neutralises HTML tags and entities, and folds line breaks so a value stays in its cell.
 */
export function escapeMarkdown(s: string): string {
  if (!NEEDS_ESCAPE.test(s)) return s; // most values: one scan instead of three replaces
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
  return walk(value, new WeakMap()) as T;
}

/**
 * An object the view holds in many places (an article's 42001 leads, shared by every AI system owing it) is
 * escaped once and stays shared in the copy, instead of being copied once per place.
 */
function walk(v: unknown, done: WeakMap<object, unknown>): unknown {
  if (typeof v === 'string') return escapeMarkdown(v);
  if (!v || typeof v !== 'object' || v instanceof Handlebars.SafeString) return v;
  const seen = done.get(v);
  if (seen !== undefined) return seen;
  if (Array.isArray(v)) {
    const out: unknown[] = [];
    done.set(v, out);
    for (const x of v) out.push(walk(x, done));
    return out;
  }
  const out: Record<string, unknown> = {};
  done.set(v, out);
  for (const k of Object.keys(v)) out[k] = walk((v as Record<string, unknown>)[k], done);
  return out;
}
