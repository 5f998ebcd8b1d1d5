import path from 'node:path';
import { ConfigError } from '../core/errors.js';
import type { CatalogSet } from './catalog-set.js';
import type { RawCrosswalk } from './load-catalogs.js';
import type { RelationType } from './types.js';

type Obj = Record<string, unknown>;
const TYPES: RelationType[] = ['equivalent-to', 'equal-to', 'subset-of', 'superset-of', 'intersects-with', 'no-relationship'];

const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const arr = (v: unknown): Obj[] => (Array.isArray(v) ? v.filter(isObject) : isObject(v) ? [v] : []);

function bad(file: string, pointer: string, what: string): ConfigError {
  return new ConfigError(`${file}: invalid OSCAL mapping collection: ${what} (at ${pointer || '/'})`);
}

/**
 * Which loaded catalog a mapping side points at: a back-matter resource's `catalog-id` prop (annexa's own
 * export writes it), else a loaded catalog whose file name or title matches the resource.
 */
function catalogOf(side: Obj, resources: Obj[], set: CatalogSet, file: string, pointer: string): string {
  const href = typeof side.href === 'string' ? side.href : '';
  const res = href.startsWith('#') ? resources.find((r) => r.uuid === href.slice(1)) : undefined;
  const named = arr(res?.props).find((p) => p.name === 'catalog-id' && typeof p.value === 'string')?.value as string | undefined;
  if (named && set.catalogs.has(named)) return named;
  const hrefs = [href, ...arr(res?.rlinks).map((l) => String(l.href ?? ''))].filter((h) => h && !h.startsWith('#'));
  const base = (h: string) => path.posix.basename(h.split(/[?#]/)[0]!).replace(/\.(json|ya?ml)$/i, '').toLowerCase();
  for (const c of set.catalogs.values()) {
    const own = base(c.file);
    if (hrefs.some((h) => base(h) === own || base(h) === `${c.id}-catalog`) || (res && res.title === c.title)) return c.id;
  }
  throw bad(file, pointer, `cannot tell which loaded catalog ${href || 'this side'} is; give its back-matter resource a prop catalog-id naming a catalog id${named ? ` (catalog "${named}" is not loaded)` : ''}`);
}

/** An OSCAL id-ref as a known annexa ref: `ac-2` as is, annexa's own `clause-6.1.4` as clause 6.1.4. */
function refOf(catalog: string, idRef: unknown, set: CatalogSet, file: string, pointer: string): string {
  if (typeof idRef !== 'string' || idRef === '') throw bad(file, pointer, 'id-ref must be a non-empty string');
  for (const candidate of [idRef, idRef.replace(/^clause-/, ''), idRef.replace(/^_/, '')]) {
    if (set.get(`${catalog}:${candidate}`)) return `${catalog}:${candidate}`;
  }
  const hint = set.suggest(`${catalog}:${idRef}`);
  throw bad(file, pointer, `catalog ${catalog} has no "${idRef}"${hint ? ` (did you mean "${hint}"?)` : ''}`);
}

/**
 * An OSCAL mapping collection as extra crosswalks: each mapping's maps become typed relations with
 * the map's remarks as rationale and has-requirement qualifiers as what the target side still needs.
 */
export function fromOscalMapping(value: unknown, file: string, set: CatalogSet): RawCrosswalk[] {
  const mc = (value as { 'mapping-collection': Obj })['mapping-collection'];
  const title = isObject(mc.metadata) && typeof mc.metadata.title === 'string' ? mc.metadata.title : file;
  const resources = isObject(mc['back-matter']) ? arr(mc['back-matter'].resources) : [];
  const mappings = arr(mc.mappings);
  if (mappings.length === 0) throw bad(file, '/mapping-collection/mappings', 'has no mappings');
  const notice = isObject(mc.provenance) && typeof mc.provenance.remarks === 'string' ? mc.provenance.remarks : undefined;
  return mappings.map((m, i) => {
    const at = `/mapping-collection/mappings/${i}`;
    if (!isObject(m['source-resource']) || !isObject(m['target-resource'])) throw bad(file, at, 'needs source-resource and target-resource');
    const source = catalogOf(m['source-resource'], resources, set, file, `${at}/source-resource`);
    const target = catalogOf(m['target-resource'], resources, set, file, `${at}/target-resource`);
    const relations = arr(m.maps).flatMap((map, j) => {
      const mp = `${at}/maps/${j}`;
      const type = map.relationship as RelationType;
      if (!TYPES.includes(type)) throw bad(file, `${mp}/relationship`, `relationship "${String(map.relationship)}" is not one of ${TYPES.join(', ')}`);
      const origin = arr(map.props).find((p) => p.name === 'origin' && typeof p.value === 'string')?.value as string | undefined;
      const gaps = arr(map.qualifiers).map((q) => q.description).filter((d): d is string => typeof d === 'string' && d.trim() !== '');
      const rationale = typeof map.remarks === 'string' && map.remarks.trim() !== '' ? map.remarks.trim() : `${type} (from ${path.posix.basename(file)})`;
      const sources = arr(map.sources).map((s, k) => refOf(source, s['id-ref'], set, file, `${mp}/sources/${k}/id-ref`));
      const targets = arr(map.targets).map((t, k) => refOf(target, t['id-ref'], set, file, `${mp}/targets/${k}/id-ref`));
      return sources.flatMap((s) => targets.map((t) => ({ source: s, target: t, type, origin: origin ?? `oscal:${file}`, rationale, ...(gaps.length ? { aiGap: gaps.join(' ') } : {}) })));
    });
    const id = `${source}-${target}-${path.posix.basename(file).replace(/\.[^.]+$/, '').toLowerCase().replace(/[^a-z0-9-]+/g, '-')}`;
    return { metadata: { id, title, source, target, ...(notice ? { notice } : {}) }, spec: { relations } };
  });
}
