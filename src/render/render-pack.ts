import { escapeMarkdown, escapeViewForMarkdown } from './md-escape.js';
import { BUILTIN_PAGES, NAV_GROUPS, titleFromName } from './pages.js';
import { createRenderer } from './templates/environment.js';
import type { PageFormat, TemplateSet } from './templates/load-templates.js';
import { byString } from './format.js';
import { withCsp } from './ensure-csp.js';
import type { BaseView, NavItem, PackView } from './views/pack-view.js';

/** One file of the pack: a relative POSIX path inside the pack folder and its content. */
export interface PackFile {
  path: string;
  /** Text pages are strings; the workbook and Word document are bytes. */
  content: string | Buffer;
}

export interface PlannedPage {
  name: string;
  title: string;
  short: string;
  group: string;
  description: string;
  formats: PageFormat[];
}

const FORMATS: PageFormat[] = ['html', 'md'];

/** Where a page goes: HTML at the top of the pack, Markdown under markdown/. */
export function pagePath(name: string, format: PageFormat): string {
  return format === 'html' ? `${name}.html` : `markdown/${name}.md`;
}

/** The pages to render: bundled pages that apply, in navigation order, then custom pages by name. */
export function planPages(set: TemplateSet, base: BaseView): PlannedPage[] {
  const builtin = new Set(BUILTIN_PAGES.map((p) => p.name));
  const formatsOf = (name: string) => FORMATS.filter((f) => set.pages.get(name)?.[f]);
  const pages: PlannedPage[] = BUILTIN_PAGES.filter((p) => p.when?.(base) ?? true).map((p) => ({ ...p, formats: formatsOf(p.name) }));
  for (const name of [...set.pages.keys()].filter((n) => !builtin.has(n)).sort(byString)) {
    const title = set.pages.get(name)?.title ?? titleFromName(name);
    pages.push({ name, title, short: title, group: 'More', description: '', formats: formatsOf(name) });
  }
  return pages.filter((p) => p.formats.length > 0);
}

/**
 * Renders every planned page (planPages) in each format it has a template for, handing each file to `emit` as it
 * is rendered (a large pack's pages are written and dropped one by one). No file system, no clock.
 */
export function renderPack(set: TemplateSet, base: BaseView, pages: PlannedPage[], emit: (file: PackFile) => void, onPage?: (done: number, total: number) => void, onNote?: (note: string) => void): void {
  const renderer = createRenderer(set, onNote);
  const bases: Record<PageFormat, BaseView> = { html: base, md: escapeViewForMarkdown(base) };
  const total = pages.reduce((n, p) => n + p.formats.length, 0);
  let done = 0;
  for (const format of FORMATS) {
    const esc = (s: string) => (format === 'md' ? escapeMarkdown(s) : s);
    const items = pages.filter((p) => p.formats.includes(format)).map((p): NavItem => ({ name: p.name, title: esc(p.title), short: esc(p.short), group: p.group, description: esc(p.description), href: `${p.name}.${format}` }));
    const nav = NAV_GROUPS.map((group) => ({ group, pages: items.filter((i) => i.group === group) })).filter((g) => g.pages.length > 0);
    for (const page of pages.filter((p) => p.formats.includes(format))) {
      const other: PageFormat = format === 'html' ? 'md' : 'html';
      const alternate = page.formats.includes(other) ? (format === 'html' ? pagePath(page.name, 'md') : `../${pagePath(page.name, 'html')}`) : null;
      const view: PackView = { ...bases[format], format, page: items.find((i) => i.name === page.name)!, nav, alternate };
      const content = renderer.render(page.name, format, view);
      // Optional sections that render nothing leave blank lines behind; Markdown needs one at most.
      emit({ path: pagePath(page.name, format), content: format === 'html' ? withCsp(content) : content.replace(/\n{3,}/g, '\n\n') });
      onPage?.(++done, total);
    }
  }
}
