import { parseSource } from '../load/parse.js';
import path from 'node:path';
import { isInside, readTextFile } from '../load/read-file.js';
import { resolveInside } from '../load/contain.js';
import { ConfigError } from '../core/errors.js';
import type { CatalogSet } from './catalog-set.js';
import { addCrosswalk, assertValid, toCatalog, type RawCatalog, type RawCrosswalk } from './load-catalogs.js';

/** Loads the catalog (and crosswalk) files named in annexa.yaml; returns their repo paths. */
export async function loadUserCatalogs(root: string, files: string[], set: CatalogSet): Promise<string[]> {
  for (const file of files) {
    // Like evidence, catalogs must live in the repository, so a run reads nothing outside the folder it was given.
    if (path.isAbsolute(file) || !isInside(path.resolve(root), path.resolve(root, file))) throw new ConfigError(`${file}: catalog path leaves the repository (named in annexa.yaml catalogs)`);
    const inside = resolveInside(root, file); // also through a symlinked folder, which read-file alone cannot see
    if (!inside.ok) throw new ConfigError(`${JSON.stringify(file)}: catalog path ${inside.why} (named in annexa.yaml catalogs)`);
    const read = readTextFile(root, file);
    if (!read.ok) throw new ConfigError(`${file}: ${read.problem.message} (named in annexa.yaml catalogs)`);
    const { source, findings } = parseSource(file, read.text);
    const first = findings[0];
    if (first) throw new ConfigError(`${file}:${first.location.line ?? 1}:${first.location.column ?? 1}: ${first.message}`);
    for (const d of source.documents) {
      if (!d.value) continue;
      const kind = d.value.kind === 'Crosswalk' ? 'Crosswalk' : 'Catalog';
      assertValid(kind, d.value, file);
      if (kind === 'Crosswalk') {
        addCrosswalk(set, d.value as unknown as RawCrosswalk);
        continue;
      }
      const raw = d.value as unknown as RawCatalog;
      if (set.catalogs.has(raw.metadata.id)) throw new ConfigError(`${file}: catalog id "${raw.metadata.id}" is already used by ${set.catalogs.get(raw.metadata.id)!.file}`);
      set.add(toCatalog(raw, file, false));
    }
  }
  return files;
}
