import { Document, isMap, isScalar, isSeq, type Node, type YAMLMap } from 'yaml';
import { schemaFor } from '../validate/ajv.js';

/** The parts of JSON Schema a skeleton reads. */
interface Schema {
  $ref?: string;
  $defs?: Record<string, Schema>;
  type?: string | string[];
  const?: unknown;
  enum?: unknown[];
  format?: string;
  minimum?: number;
  minItems?: number;
  items?: Schema;
  required?: string[];
  properties?: Record<string, Schema>;
  anyOf?: Schema[];
  description?: string;
  examples?: unknown[];
}

export interface SkeletonOptions {
  id: string;
  title?: string;
  /** Control refs with their catalog titles; they replace an `implements` list. */
  implements?: { ref: string; title?: string }[];
  /** Used for required dates when the schema has no example. */
  today: string;
}

/**
 * A commented, schema-valid starting record of a kind: the schema's example (or, for kinds without
 * one, the smallest value its required fields allow) with every field's description as a comment and
 * the optional fields it leaves out listed, so the author sees what can be said without a manual.
 */
export function skeleton(kind: string, opts: SkeletonOptions): string {
  const root = schemaFor(kind) as Schema;
  const resolve = (s: Schema | undefined): Schema => (s?.$ref?.startsWith('#/$defs/') ? resolve(root.$defs?.[s.$ref.slice(8)]) : (s ?? {}));
  const value = structuredClone((root.examples?.[0] ?? minimal(root, resolve, opts.today)) as Record<string, Record<string, unknown>>);
  value.metadata = { ...value.metadata, id: opts.id, title: opts.title ?? `TODO: a short name for ${opts.id}` };
  const spec = value.spec ?? {};
  if (opts.implements?.length && 'implements' in spec) {
    spec.implements = opts.implements.map((i) => i.ref);
    // What a record does for the AI side is asked for only when it serves both standards.
    const catalogs = new Set(opts.implements.map((i) => i.ref.split(':')[0]));
    if (!(catalogs.has('iso27001') && catalogs.has('iso42001'))) delete spec.aiConsiderations;
  }
  const doc = new Document(value);
  doc.commentBefore = ` A new ${kind} record (annexa new). The values are an example: replace them, then run annexa validate.\n Field reference: docs/record-format.md`;
  annotate(doc.contents as YAMLMap, root, resolve, 0);
  const implementsNode = (doc.getIn(['spec', 'implements'], true) as Node | undefined);
  if (implementsNode && isSeq(implementsNode)) {
    for (const item of implementsNode.items) {
      const title = isScalar(item) ? opts.implements?.find((i) => i.ref === item.value)?.title : undefined;
      if (title && isScalar(item)) item.comment = ` ${title}`;
    }
  }
  return doc.toString({ lineWidth: 0 });
}

/** Descriptions as comments above each field (two levels deep), optional fields listed at the end. */
function annotate(map: YAMLMap, schema: Schema, resolve: (s?: Schema) => Schema, depth: number): void {
  const s = resolve(schema);
  const present = new Set<string>();
  for (const pair of map.items) {
    const key = String(isScalar(pair.key) ? pair.key.value : pair.key);
    present.add(key);
    const prop = s.properties?.[key];
    const desc = prop?.description ?? resolve(prop).description;
    if (desc && isScalar(pair.key) && depth > 0) pair.key.commentBefore = ` ${desc}`;
    if (depth < 1 && isMap(pair.value)) annotate(pair.value, prop ?? {}, resolve, depth + 1);
  }
  const optional = Object.keys(s.properties ?? {}).filter((k) => !present.has(k));
  if (depth > 0 && optional.length > 0) {
    const w = Math.max(...optional.map((k) => k.length));
    map.comment = [' optional fields:', ...optional.map((k) => `   ${`${k}:`.padEnd(w + 1)} ${firstSentence(s.properties![k]!.description ?? resolve(s.properties![k]).description ?? '')}`)].join('\n');
  }
}

function firstSentence(s: string): string {
  const i = s.search(/\.(?=\s+[A-Z]|$)/);
  return i < 0 ? s : s.slice(0, i);
}

/** The smallest value a schema accepts from its required fields, for kinds without an example. */
function minimal(schema: Schema, resolve: (s?: Schema) => Schema, today: string): unknown {
  const s = resolve(schema);
  if (s.examples?.length) return s.examples[0];
  if (s.const !== undefined) return s.const;
  if (s.enum?.length) return s.enum[0];
  const type = Array.isArray(s.type) ? s.type[0] : s.type;
  if (type === 'object' || s.properties) {
    const required = [...(s.required ?? []), ...(s.anyOf?.[0]?.required ?? [])];
    return Object.fromEntries(required.map((k) => [k, minimal(s.properties?.[k] ?? {}, resolve, today)]));
  }
  if (type === 'array') return Array.from({ length: s.minItems ?? 0 }, () => minimal(s.items ?? {}, resolve, today));
  if (type === 'integer' || type === 'number') return s.minimum ?? 1;
  if (type === 'boolean') return false;
  if (s.format === 'date') return today;
  if (s.format === 'uri') return 'https://example.com/';
  return 'TODO';
}
