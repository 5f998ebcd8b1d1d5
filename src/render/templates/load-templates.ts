import { lstat, readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError } from '../../core/errors.js';
import { byString } from '../format.js';
import { isInside } from '../out-path.js';
import { checkedAtBuild } from './precompiled.js';
import { refuseUnescapedOutput } from './unescaped-output.js';

export type PageFormat = 'html' | 'md';

/** One template file: its source and the name errors use for it (relative, POSIX). */
export interface TemplateFile {
  display: string;
  source: string;
}

export interface PageTemplates {
  html?: TemplateFile;
  md?: TemplateFile;
  /** From a leading `{{!-- title: ... --}}` comment, for pages annexa does not know. */
  title?: string;
}

export interface TemplateSet {
  pages: Map<string, PageTemplates>;
  partials: Map<string, TemplateFile>;
}

/** A folder of templates and how errors should name it (e.g. `templates`, `pack-templates`). */
export interface TemplateDir {
  dir: string;
  display: string;
}

const PAGE_NAME = /^([a-z0-9][a-z0-9-]*)\.(html|md)\.hbs$/;
const PARTIAL_NAME = /^([A-Za-z0-9][A-Za-z0-9_-]*)\.hbs$/;

/** Loads the bundled templates, then each custom folder over them: same file name overrides, new names add pages. */
export async function loadTemplateSet(dirs: TemplateDir[]): Promise<TemplateSet> {
  const set: TemplateSet = { pages: new Map(), partials: new Map() };
  for (const d of dirs) {
    const entries = await listFiles(d.dir, d.display);
    for (const name of entries.files) {
      const display = `${d.display}/${name}`;
      if (!name.endsWith('.hbs')) continue;
      const m = PAGE_NAME.exec(name);
      if (!m) throw new ConfigError(`${display}: page templates are named NAME.html.hbs or NAME.md.hbs, NAME in lowercase letters, digits and dashes`);
      const source = await readFile(path.join(d.dir, name), 'utf8');
      if (!checkedAtBuild(source)) refuseUnescapedOutput({ display, source });
      const page = set.pages.get(m[1]!) ?? {};
      page[m[2] as PageFormat] = { display, source };
      page.title = titleComment(source) ?? page.title;
      set.pages.set(m[1]!, page);
    }
    if (!entries.dirs.includes('partials')) continue;
    const partials = await listFiles(path.join(d.dir, 'partials'), `${d.display}/partials`);
    for (const name of partials.files) {
      const display = `${d.display}/partials/${name}`;
      if (!name.endsWith('.hbs')) continue;
      const m = PARTIAL_NAME.exec(name);
      if (!m) throw new ConfigError(`${display}: partials are named NAME.hbs, NAME in letters, digits, dashes and underscores`);
      const source = await readFile(path.join(d.dir, 'partials', name), 'utf8');
      if (!checkedAtBuild(source)) refuseUnescapedOutput({ display, source });
      set.partials.set(m[1]!, { display, source });
    }
  }
  return set;
}

async function listFiles(dir: string, display: string): Promise<{ files: string[]; dirs: string[] }> {
  const names = await readdir(dir).catch((err: NodeJS.ErrnoException) => {
    throw new ConfigError(`${display}: templates folder cannot be read (${err.code ?? err.message})`);
  });
  const files: string[] = [];
  const dirs: string[] = [];
  const realDir = await realpath(dir);
  for (const name of names.sort(byString)) {
    const abs = path.join(dir, name);
    // A template that is a link to a file elsewhere (/etc/passwd) would be copied into the pack: refused.
    if ((await lstat(abs).catch(() => undefined))?.isSymbolicLink()) {
      const target = await realpath(abs).catch(() => undefined);
      if (!target || !isInside(realDir, target)) throw new ConfigError(`${display}/${name}: symbolic link leads outside the templates folder; templates are read from inside it only`);
    }
    // Regular files and folders only: a FIFO or device is skipped, never opened.
    const st = await stat(abs).catch(() => undefined);
    if (st?.isFile()) files.push(name);
    else if (st?.isDirectory()) dirs.push(name);
  }
  return { files, dirs };
}

function titleComment(source: string): string | undefined {
  const m = /^\s*\{\{!(?:--)?\s*title:\s*(.+?)\s*(?:--)?\}\}/.exec(source);
  return m?.[1];
}
