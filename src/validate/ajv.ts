import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { SCHEMAS_DIR } from '../paths.js';

// ajv-formats is CommonJS; its default export arrives wrapped under ESM.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (a: Ajv2020) => void;

/** Schema file per record kind (and the non-record kinds annexa reads). */
export const SCHEMA_FILES: Record<string, string> = {
  Control: 'control.schema.json',
  Evidence: 'evidence.schema.json',
  Risk: 'risk.schema.json',
  AISystem: 'ai-system.schema.json',
  ImpactAssessment: 'impact-assessment.schema.json',
  Policy: 'policy.schema.json',
  Config: 'config.schema.json',
  Catalog: 'catalog.schema.json',
  Crosswalk: 'crosswalk.schema.json',
};

let ajv: Ajv2020 | undefined;
const cache = new Map<string, ValidateFunction>();

/** The compiled validator for a kind, compiled once per process. */
export function validatorFor(kind: string): ValidateFunction {
  let fn = cache.get(kind);
  if (fn) return fn;
  const file = SCHEMA_FILES[kind];
  if (!file) throw new Error(`no schema for kind ${kind}`);
  ajv ??= createAjv();
  const schema = JSON.parse(readFileSync(path.join(SCHEMAS_DIR, file), 'utf8')) as object;
  fn = ajv.compile(schema);
  cache.set(kind, fn);
  return fn;
}

function createAjv(): Ajv2020 {
  const a = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, verbose: true });
  addFormats(a);
  return a;
}
