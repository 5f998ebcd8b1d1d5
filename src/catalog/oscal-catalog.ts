import path from 'node:path';
import { ConfigError } from '../core/errors.js';
import type { Catalog, CatalogEntry, CatalogGroup } from './types.js';

/** Which OSCAL model a parsed document is, if any (a top-level `catalog` or `mapping-collection` object). */
export function oscalModelOf(value: unknown): 'catalog' | 'mapping-collection' | undefined {
  if (!isObject(value)) return undefined;
  if (isObject(value.catalog) && 'metadata' in value.catalog) return 'catalog';
  if (isObject(value['mapping-collection'])) return 'mapping-collection';
  return undefined;
}

/** The catalog id (ref prefix) of an OSCAL file: its name, lower-cased, without `.json`/`.oscal`/`-catalog`. */
export function catalogIdFromFile(file: string): string {
  const stem = path.posix.basename(file).replace(/\.(json|ya?ml)$/i, '').replace(/[._-]?oscal$/i, '').replace(/[._-]?catalog$/i, '');
  return stem.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '') || 'oscal';
}

type Obj = Record<string, unknown>;
/** Pointer segments allowed below /catalog (two per level: `groups/0`). */
const MAX_DEPTH = 64;

function isObject(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A problem in an OSCAL file: one line naming the file and the JSON pointer, like every config error. */
function bad(file: string, pointer: string, what: string): ConfigError {
  return new ConfigError(`${file}: invalid OSCAL catalog: ${what} (at ${pointer || '/'})`);
}

function list(v: unknown, file: string, pointer: string): Obj[] {
  if (v === undefined) return [];
  if (!Array.isArray(v) || !v.every(isObject)) throw bad(file, pointer, 'must be an array of objects');
  return v;
}

function text(v: unknown, file: string, pointer: string): string {
  if (typeof v !== 'string' || v.trim() === '') throw bad(file, pointer, 'must be a non-empty string');
  return v;
}

/** A withdrawn control (NIST marks them with prop status=withdrawn) cannot be implemented; it is left out. */
function withdrawn(c: Obj): boolean {
  return Array.isArray(c.props) && c.props.some((p) => isObject(p) && p.name === 'status' && p.value === 'withdrawn');
}

/** The control's own overview or statement prose, if it has one at top level. */
function prose(c: Obj): string | undefined {
  const parts = Array.isArray(c.parts) ? c.parts.filter(isObject) : [];
  const p = parts.find((x) => x.name === 'overview') ?? parts.find((x) => x.name === 'statement');
  return typeof p?.prose === 'string' && p.prose.trim() !== '' ? p.prose.trim() : undefined;
}

/**
 * An OSCAL catalog (NIST SP 800-53, or any framework published as OSCAL) as an annexa user catalog:
 * top-level groups become groups, controls and their enhancements become controls (enhancements keep
 * their parent), so records can name them as `<id>:<control id>`, e.g. `nist-800-53:ac-2.1`.
 */
export function fromOscalCatalog(value: unknown, file: string, id = catalogIdFromFile(file)): Catalog {
  const cat = (value as { catalog: Obj }).catalog;
  const meta = cat.metadata;
  if (!isObject(meta)) throw bad(file, '/catalog/metadata', 'must be an object');
  const title = text(meta.title, file, '/catalog/metadata/title');
  const groups: CatalogGroup[] = [];
  const controls: CatalogEntry[] = [];
  const seen = new Set<string>();
  // Real catalogs nest two or three levels; a hostile file could nest deep enough to overflow the stack.
  const depthOf = (pointer: string) => pointer.split('/').length;
  const addControls = (items: Obj[], pointer: string, group: string | undefined, parent: string | undefined): void => {
    if (depthOf(pointer) > MAX_DEPTH) throw bad(file, pointer, `nests deeper than ${MAX_DEPTH / 2} levels`);
    items.forEach((c, i) => {
      const at = `${pointer}/${i}`;
      const cid = text(c.id, file, `${at}/id`);
      if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(cid)) throw bad(file, `${at}/id`, `control id "${cid}" cannot be part of an annexa ref`);
      if (seen.has(cid)) throw bad(file, `${at}/id`, `control id "${cid}" appears twice`);
      seen.add(cid);
      if (!withdrawn(c)) {
        controls.push({ ref: `${id}:${cid}`, catalog: id, id: cid, title: text(c.title, file, `${at}/title`).trim(), type: 'control', group, parent, description: prose(c) });
      }
      addControls(list(c.controls, file, `${at}/controls`), `${at}/controls`, group, cid);
    });
  };
  const addGroups = (items: Obj[], pointer: string, top: string | undefined): void => {
    if (depthOf(pointer) > MAX_DEPTH) throw bad(file, pointer, `nests deeper than ${MAX_DEPTH / 2} levels`);
    items.forEach((g, i) => {
      const at = `${pointer}/${i}`;
      const gid = typeof g.id === 'string' && g.id !== '' ? g.id : `${top ?? 'group'}-${i + 1}`;
      if (!top) groups.push({ id: gid, title: text(g.title, file, `${at}/title`).trim() });
      addControls(list(g.controls, file, `${at}/controls`), `${at}/controls`, top ?? gid, undefined);
      addGroups(list(g.groups, file, `${at}/groups`), `${at}/groups`, top ?? gid);
    });
  };
  addGroups(list(cat.groups, file, '/catalog/groups'), '/catalog/groups', undefined);
  addControls(list(cat.controls, file, '/catalog/controls'), '/catalog/controls', undefined, undefined);
  if (controls.length === 0) throw bad(file, '/catalog', 'has no controls');
  return { id, title, file, bundled: false, groups, objectives: [], controls, clauses: [] };
}
