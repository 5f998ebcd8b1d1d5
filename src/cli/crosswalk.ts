import path from 'node:path';
import { runPipeline } from '../pipeline.js';
import { crosswalkEntry, type CrosswalkEntry } from '../analysis/crosswalk-view.js';
import { compareRefs } from '../catalog/catalog-set.js';
import { UsageError } from '../core/errors.js';
import { crosswalkText } from '../report/crosswalk/text.js';
import { todayUtc } from '../util/dates.js';
import { existsSync } from 'node:fs';
import { loadBundledCatalogs } from '../catalog/load-catalogs.js';
import { Model } from '../model/model.js';
import { CONFIG_FILES } from '../config/types.js';
import type { CliIo } from './io.js';
import { useColor } from './io.js';

export interface CrosswalkOptions {
  format: 'text' | 'json';
  dir?: string;
  config?: string;
}

/** `annexa crosswalk [ref]`: related controls of the other standard, with relation, rationale and repo state. */
export async function runCrosswalk(ref: string | undefined, opts: CrosswalkOptions, io: CliIo): Promise<number> {
  const { catalogs, model } = await loadContext(opts, io);
  let entries: CrosswalkEntry[];
  const heading = ref && !catalogs.get(ref) ? catalogs.heading(ref) : undefined;
  if (heading) {
    // A theme or objective heading stands for its controls: show each of them.
    entries = heading.controls.map((r) => crosswalkEntry(r, catalogs, model)!);
    if (opts.format === 'json') io.stdout.write(JSON.stringify({ heading, entries }, null, 2) + '\n');
    else io.stdout.write(`${heading.ref} is ${heading.kind === 'objective' ? 'an objective' : 'a theme'} heading (${heading.title}); its controls:\n\n` + crosswalkText(entries, useColor(io)));
    return 0;
  }
  if (ref) {
    const e = crosswalkEntry(ref, catalogs, model);
    if (!e) {
      const hint = catalogs.suggest(ref);
      const owners = ref.includes(':') ? [] : catalogs.refsFor(ref);
      const help = hint ? ` (did you mean "${hint}"?)` : owners.length > 1 ? ` (refs name their catalog: ${owners.join(' or ')})` : '';
      throw new UsageError(`unknown control ref "${ref}"${help}`);
    }
    entries = [e];
  } else {
    const refs = [...catalogs.catalogs.values()].flatMap((c) => [...c.clauses, ...c.controls].map((x) => x.ref));
    entries = refs
      .sort(compareRefs)
      .map((r) => crosswalkEntry(r, catalogs, model)!)
      .filter((e) => e.related.length > 0 || e.unmatched);
  }
  if (opts.format === 'json') io.stdout.write(JSON.stringify(ref ? entries[0] : { entries }, null, 2) + '\n');
  else io.stdout.write(crosswalkText(entries, useColor(io)));
  return 0;
}

/** The repo's state when --dir is given or the current folder is a governance repo; else catalogs alone. */
async function loadContext(opts: CrosswalkOptions, io: CliIo) {
  const dir = opts.dir ?? (CONFIG_FILES.some((f) => existsSync(path.join(io.cwd, f))) ? '.' : undefined);
  if (dir === undefined) return { catalogs: loadBundledCatalogs(), model: new Model() };
  return runPipeline({ root: path.resolve(io.cwd, dir), scope: 'validate', today: todayUtc(), configPath: opts.config });
}
