import path from 'node:path';
import { loadBundledCatalogs } from '../catalog/load-catalogs.js';
import { loadUserCatalogs } from '../catalog/load-user-catalogs.js';
import { loadConfig } from '../config/load-config.js';
import { catalogItem, listCatalog, type CatalogFilter } from '../analysis/catalog-view.js';
import { catalogItemText, catalogListText } from '../report/catalog/text.js';
import { UsageError } from '../core/errors.js';
import { useColor, type CliIo } from './io.js';

export interface CatalogOptions extends CatalogFilter {
  format: 'text' | 'json';
  dir?: string;
  config?: string;
}

/** `annexa catalog [ref]`: list the controls (or clauses) of the catalogs, or show one entry in full. */
export async function runCatalog(ref: string | undefined, opts: CatalogOptions, io: CliIo): Promise<number> {
  const set = loadBundledCatalogs();
  if (opts.dir !== undefined) {
    // A governance repo's own catalogs (annexa.yaml `catalogs:`) are listed beside the bundled ones.
    const root = path.resolve(io.cwd, opts.dir);
    await loadUserCatalogs(root, (await loadConfig(root, opts.config)).catalogs, set);
  }
  const known = [...set.catalogs.keys()];
  for (const s of opts.standard ?? []) {
    if (!known.includes(s.split(':')[0]!.toLowerCase())) throw new UsageError(`unknown --standard "${s}"; use one of ${known.join(', ')}`);
  }
  if (ref !== undefined) {
    const full = set.get(ref) ? ref : !ref.includes(':') && set.refsFor(ref).length === 1 ? set.refsFor(ref)[0]! : undefined;
    if (!full) {
      const hint = set.suggest(ref);
      const owners = ref.includes(':') ? [] : set.refsFor(ref);
      throw new UsageError(`unknown catalog ref "${ref}"${hint ? ` (did you mean "${hint}"?)` : owners.length > 1 ? ` (refs name their catalog: ${owners.join(' or ')})` : ''}`);
    }
    const item = catalogItem(set, set.get(full)!);
    io.stdout.write(opts.format === 'json' ? JSON.stringify(item, null, 2) + '\n' : catalogItemText(item, useColor(io)));
    return 0;
  }
  const items = listCatalog(set, opts);
  io.stdout.write(opts.format === 'json' ? JSON.stringify({ entries: items }, null, 2) + '\n' : catalogListText(items, useColor(io)));
  return 0;
}
