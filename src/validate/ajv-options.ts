import { KIND_SCHEMA_FILES } from '../model/kinds/index.js';

/** Schema file per record kind (from the kind registry) and the non-record kinds annexa reads. */
export const SCHEMA_FILES: Record<string, string> = {
  ...KIND_SCHEMA_FILES,
  Config: 'config.schema.json',
  Catalog: 'catalog.schema.json',
  Crosswalk: 'crosswalk.schema.json',
};

/** One set of ajv options for run-time compilation and the build's standalone validators. */
export const AJV_OPTIONS = { allErrors: true, strict: true, allowUnionTypes: true, verbose: true } as const;

/**
 * The schema as validators check it: an `anyOf` one of whose branches is `{}` always holds, so it is
 * dropped. Such lists only offer editors completions (every catalog ref in `controlRef`); with
 * allErrors ajv still tried every branch and built an error object per failed `const`, which made
 * schema validation most of the model stage. Validity and messages are unchanged.
 */
export function forValidation<T>(schema: T): T {
  if (Array.isArray(schema)) return schema.map(forValidation) as T;
  if (schema === null || typeof schema !== 'object') return schema;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(schema)) {
    if (k === 'anyOf' && Array.isArray(v) && v.some(isEmptySchema) && v.every(isConstOnly)) continue;
    out[k] = forValidation(v);
  }
  return out as T;
}

const isEmptySchema = (s: unknown) => s === true || (typeof s === 'object' && s !== null && Object.keys(s).length === 0);
/** `{}` or a branch with only a const and notes: nothing it could evaluate or annotate. */
const isConstOnly = (s: unknown) => isEmptySchema(s) || (typeof s === 'object' && s !== null && Object.keys(s).every((k) => k === 'const' || k === 'description' || k === 'title'));
