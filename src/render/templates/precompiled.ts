import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { PageFormat } from './load-templates.js';

/**
 * The bundled templates compiled at build time (scripts/build-templates.mjs writes precompiled.json beside
 * the built module). Compiling and checking them was a fifth of a small pack's run. Entries are keyed by a hash
 * of the exact source and format, so a custom or edited template simply misses and compiles at run time, the
 * same way; without the file (tests run the sources) everything compiles at run time.
 */
export interface Precompiled {
  /** Compiled template specs by compileKey. */
  specs: Record<string, string>;
  /** sourceKey of every bundled template source that passed the unescaped-output check. */
  safe: string[];
}

export const PRECOMPILED_FILE = 'precompiled.json';

export function compileKey(format: PageFormat, source: string): string {
  return createHash('sha256').update(`${format}\0${source}`).digest('hex');
}

export function sourceKey(source: string): string {
  return createHash('sha256').update(source).digest('hex');
}

let loaded: { specs: Map<string, string>; safe: Set<string> } | undefined;

function cache(): { specs: Map<string, string>; safe: Set<string> } {
  if (loaded) return loaded;
  let data: Precompiled = { specs: {}, safe: [] };
  try {
    data = JSON.parse(readFileSync(new URL(PRECOMPILED_FILE, import.meta.url), 'utf8')) as Precompiled;
  } catch {
    // not built (sources run directly): compile everything at run time
  }
  return (loaded = { specs: new Map(Object.entries(data.specs)), safe: new Set(data.safe) });
}

/** The build-time spec for this exact source, if the build made one. */
export function precompiledSpec(format: PageFormat, source: string): string | undefined {
  return cache().specs.get(compileKey(format, source));
}

/** Whether this exact source is a bundled template the build already checked for unescaped output. */
export function checkedAtBuild(source: string): boolean {
  return cache().safe.has(sourceKey(source));
}
