import Handlebars from 'handlebars';
import { ConfigError } from '../../core/errors.js';
import type { TemplateFile } from './load-templates.js';

type AstNode = { type?: string; escaped?: boolean; loc?: { start?: { line?: number } } } & Record<string, unknown>;

/**
 * Refuses `{{{ }}}` and `{{& }}` in a template: they write a value without escaping, so record data
 * (titles, owners, justifications written by anyone with commit access) would become markup or
 * script in the pack. annexa's own helpers return already-safe HTML, so `{{ }}` is always enough.
 */
export function refuseUnescapedOutput(file: TemplateFile): void {
  let ast: unknown;
  try {
    ast = Handlebars.parse(file.source);
  } catch {
    return; // syntax errors are reported with their line when the template compiles
  }
  // Iterative walk: the AST's shape is the template author's, its depth is not ours to trust.
  const stack: unknown[] = [ast];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      stack.push(...node);
      continue;
    }
    if (!node || typeof node !== 'object') continue;
    const n = node as AstNode;
    if (n.type === 'MustacheStatement' && n.escaped === false) {
      const line = n.loc?.start?.line;
      throw new ConfigError(`${file.display}${line ? `:${line}` : ''}: {{{ }}} writes values unescaped, which would let record data inject markup or script; use {{ }} (annexa escapes every value for its page format)`);
    }
    for (const [k, v] of Object.entries(n)) if (k !== 'loc' && v && typeof v === 'object') stack.push(v);
  }
}
