import Handlebars from 'handlebars';
import type { HelperDelegate, RuntimeOptions, TemplateDelegate } from 'handlebars';
import { commonHelpers } from '../helpers/common.js';
import { htmlHelpers } from '../helpers/html.js';
import { markdownHelpers } from '../helpers/markdown.js';
import type { PageFormat, TemplateFile, TemplateSet } from './load-templates.js';
import { precompiledSpec } from './precompiled.js';
import { clearFromCaller, isFromCaller, markFromCaller, templateError } from './template-error.js';

/** The helpers of each format's environment, and the same names as Handlebars' compile-time list. */
const HELPERS: Record<PageFormat, Record<string, HelperDelegate>> = { html: { ...commonHelpers, ...htmlHelpers }, md: { ...commonHelpers, ...markdownHelpers } };
const known = (helpers: Record<string, HelperDelegate>) => Object.fromEntries(Object.keys(helpers).map((name) => [name, true]));
const KNOWN_HELPERS: Record<PageFormat, Record<string, boolean>> = { html: known(HELPERS.html), md: known(HELPERS.md) };

/** Renders one page of a template set in one format. */
export interface PageRenderer {
  render(page: string, format: PageFormat, view: object): string;
}

type PartialFn = (context: unknown, options?: RuntimeOptions) => string;

/**
 * Two isolated Handlebars environments (HTML and Markdown) from `Handlebars.create()`, with the
 * helpers and partials registered. Templates compile in strict mode (a misspelt field is an error,
 * not an empty cell); prototype access stays at Handlebars' default (disabled).
 */
export function createRenderer(set: TemplateSet, onNote?: (note: string) => void): PageRenderer {
  const envs = { html: createEnv('html', set), md: createEnv('md', set) };
  const cache = new Map<string, TemplateDelegate>();
  return {
    render(page, format, view) {
      const file = set.pages.get(page)?.[format];
      if (!file) throw new Error(`no ${format} template for page ${page}`);
      const key = `${format}:${page}`;
      let tpl = cache.get(key);
      if (!tpl) cache.set(key, (tpl = compileChecked(envs[format], file, format)));
      try {
        return withHandlebarsLog(envs[format], file.display, onNote, () => tpl!(view));
      } catch (err) {
        clearFromCaller(err);
        throw templateError(err, file.display);
      }
    },
  };
}

/**
 * A one-line partial is used inside a line (`| {{> refs-md refs}} |`); the newline its file ends
 * with would split a Markdown table row in two, so it is dropped. Multi-line partials keep theirs.
 */
function inlineSafe(file: TemplateFile): TemplateFile {
  const body = file.source.replace(/\r?\n$/, '');
  return body.includes('\n') ? file : { ...file, source: body };
}

/**
 * Handlebars writes some warnings ("Access has been denied to resolve the property ...") straight to
 * the console through one logger shared by every environment. While a page renders (synchronously),
 * they go to annexa's notes instead, naming the template; the once-per-property memory is reset so
 * every run reports the same notes.
 */
function withHandlebarsLog<T>(hb: typeof Handlebars, display: string, onNote: ((note: string) => void) | undefined, fn: () => T): T {
  const logger = hb.logger as { log: (level: unknown, ...message: unknown[]) => void };
  const original = logger.log;
  (hb as unknown as { resetLoggedPropertyAccesses?: () => void }).resetLoggedPropertyAccesses?.();
  logger.log = (_level, ...message) => {
    const text = message.map(String).join(' ');
    const denied = /Access has been denied to resolve the property "([^"]*)"/.exec(text);
    onNote?.(denied ? `${display}: the template reads "${denied[1]}", which is not a value of the page view (access denied); it renders as empty` : `${display}: ${text.split('\n')[0]}`);
  };
  try {
    return fn();
  } finally {
    logger.log = original;
  }
}

function createEnv(format: PageFormat, set: TemplateSet): typeof Handlebars {
  const hb = Handlebars.create();
  for (const [name, fn] of Object.entries(HELPERS[format])) hb.registerHelper(name, fn);
  for (const [name, file] of set.partials) hb.registerPartial(name, wrapPartial(compileChecked(hb, inlineSafe(file), format), file));
  return hb;
}

/** Every (format, source) a renderer of this set compiles: the build precompiles these for the bundled set. */
export function compileJobs(set: TemplateSet): { format: PageFormat; source: string }[] {
  const jobs: { format: PageFormat; source: string }[] = [];
  for (const format of ['html', 'md'] as const) for (const file of set.partials.values()) jobs.push({ format, source: inlineSafe(file).source });
  for (const page of set.pages.values()) for (const format of ['html', 'md'] as const) if (page[format]) jobs.push({ format, source: page[format].source });
  return jobs;
}

/** The precompiled spec (JavaScript source) of one template, as `compile` would build it. */
export function precompile(format: PageFormat, source: string): string {
  return Handlebars.precompile(source, compileOptions(format)) as unknown as string;
}

/**
 * Helpers are known at compile time (knownHelpersOnly): `{{title}}` compiles to a field read instead of a
 * helper-or-field test, ~10% of a large pack's rendering; a call to a helper annexa lacks fails at compile time.
 */
function compileOptions(format: PageFormat): CompileOptions {
  return { strict: true, noEscape: format === 'md', preventIndent: format === 'md', knownHelpers: KNOWN_HELPERS[format], knownHelpersOnly: true };
}

/**
 * Compiles eagerly, so syntax errors surface with file:line before any output, and once: the
 * precompiled spec is what `compile` would build on first use (compiling twice was most of a
 * small pack's time). Handlebars evaluates compiled templates the same way.
 */
function compileChecked(hb: typeof Handlebars, file: TemplateFile, format: PageFormat): TemplateDelegate {
  try {
    const spec = precompiledSpec(format, file.source) ?? precompile(format, file.source);
    return hb.template(new Function(`return ${spec};`)() as Parameters<typeof hb.template>[0]);
  } catch (err) {
    throw templateError(err, file.display);
  }
}

/**
 * A partial that names its own file in errors. Errors from a block passed to it (`{{#> layout}}...`)
 * belong to the caller: they are marked on the way through and left for the caller to name.
 */
function wrapPartial(tpl: TemplateDelegate, file: TemplateFile): PartialFn {
  return (context, options) => {
    const data = options?.data as Record<string, unknown> | undefined;
    const block = data?.['partial-block'];
    if (data && typeof block === 'function') {
      data['partial-block'] = (...a: unknown[]) => {
        try {
          return (block as (...x: unknown[]) => string)(...a);
        } catch (err) {
          throw markFromCaller(err);
        }
      };
    }
    try {
      return tpl(context, options);
    } catch (err) {
      if (isFromCaller(err)) {
        clearFromCaller(err);
        throw err;
      }
      throw templateError(err, file.display);
    }
  };
}
