import { parseSource } from '../load/parse.js';
import path from 'node:path';
import { isInside, readTextFile } from '../load/read-file.js';
import { resolveInside } from '../load/contain.js';
import { ConfigError } from '../core/errors.js';
import type { CatalogSet } from './catalog-set.js';
import { addCrosswalk, assertValid, toCatalog, type RawCatalog, type RawCrosswalk } from './load-catalogs.js';
import { fromOscalCatalog, oscalModelOf } from './oscal-catalog.js';
import { fromOscalMapping } from './oscal-mapping.js';

/** Published OSCAL catalogs are large (NIST SP 800-53 rev 5 is about 10 MB of JSON); larger files are refused. */
export const MAX_CATALOG_BYTES = 32 * 1024 * 1024;

/** The documents of a catalog file: JSON parsed as JSON (fast for big OSCAL files), else YAML. */
function documents(file: string, text: string): unknown[] {
  if (/\.json$/i.test(file)) {
    try {
      return [JSON.parse(text)];
    } catch (err) {
      throw new ConfigError(`${file}: invalid JSON: ${(err as Error).message.split('\n')[0]} (named in annexa.yaml catalogs)`);
    }
  }
  const { source, findings } = parseSource(file, text);
  const first = findings[0];
  if (first) throw new ConfigError(`${file}:${first.location.line ?? 1}:${first.location.column ?? 1}: ${first.message}`);
  return source.documents.map((d) => d.value);
}

/** Loads the catalog (and crosswalk) files named in annexa.yaml, annexa or OSCAL format; returns their repo paths. */
export async function loadUserCatalogs(root: string, files: string[], set: CatalogSet): Promise<string[]> {
  for (const file of files) {
    // Like evidence, catalogs must live in the repository, so a run reads nothing outside the folder it was given.
    if (path.isAbsolute(file) || !isInside(path.resolve(root), path.resolve(root, file))) throw new ConfigError(`${file}: catalog path leaves the repository (named in annexa.yaml catalogs)`);
    const inside = resolveInside(root, file); // also through a symlinked folder, which read-file alone cannot see
    if (!inside.ok) throw new ConfigError(`${JSON.stringify(file)}: catalog path ${inside.why} (named in annexa.yaml catalogs)`);
    const read = readTextFile(root, file, MAX_CATALOG_BYTES);
    if (!read.ok) throw new ConfigError(`${file}: ${read.problem.message} (named in annexa.yaml catalogs)`);
    for (const value of documents(file, read.text)) {
      if (!value) continue;
      const oscal = oscalModelOf(value);
      if (oscal === 'mapping-collection') {
        for (const cw of fromOscalMapping(value, file, set)) addCrosswalk(set, cw);
        continue;
      }
      const catalog = oscal === 'catalog' ? fromOscalCatalog(value, file) : undefined;
      const kind = catalog ? 'Catalog' : (value as { kind?: unknown }).kind === 'Crosswalk' ? 'Crosswalk' : 'Catalog';
      if (!catalog) assertValid(kind, value, file);
      if (kind === 'Crosswalk') {
        addCrosswalk(set, value as RawCrosswalk);
        continue;
      }
      const c = catalog ?? toCatalog(value as RawCatalog, file, false);
      if (set.catalogs.has(c.id)) throw new ConfigError(`${file}: catalog id "${c.id}" is already used by ${set.catalogs.get(c.id)!.file}`);
      set.add(c);
    }
  }
  return files;
}
