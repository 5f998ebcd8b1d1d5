import { globLeavesRepo, hasControlChars, resolveInside } from '../load/contain.js';
import { ConfigError } from '../core/errors.js';
import type { Config } from './types.js';

/**
 * Cross-checks of the paths and globs annexa.yaml names, after the schema: each must be usable
 * (no NUL or control characters) and keep the run inside the repository. One clear line each.
 */
export function checkConfigPaths(root: string, config: Config): void {
  const file = config.file ?? 'annexa.yaml';
  for (const g of config.include ?? []) {
    if (hasControlChars(g)) throw new ConfigError(`${file}: include pattern ${JSON.stringify(g)} contains a control character (such as NUL)`);
    if (globLeavesRepo(g)) throw new ConfigError(`${file}: include pattern "${g}" reaches outside the repository; patterns are relative to it and may not use .. or absolute paths`);
  }
  for (const g of config.exclude) {
    if (hasControlChars(g)) throw new ConfigError(`${file}: exclude pattern ${JSON.stringify(g)} contains a control character (such as NUL)`);
  }
  // catalogs: checked where they are read (catalog/load-user-catalogs.ts), with the same helper.
  if (config.templates !== undefined) {
    const r = resolveInside(root, config.templates);
    if (!r.ok) throw new ConfigError(`${file}: templates folder ${JSON.stringify(config.templates)} ${r.why}; templates named in annexa.yaml must live inside the repository (use --templates for a folder elsewhere)`);
  }
}
