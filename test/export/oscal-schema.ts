import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { Ajv as AjvClass, ValidateFunction } from 'ajv';
import { REPO_ROOT } from '../helpers/repo.js';

const FILES = {
  catalog: 'oscal_catalog_schema.json',
  'mapping-collection': 'oscal_mapping_schema.json',
  'component-definition': 'oscal_component_schema.json',
  'assessment-results': 'oscal_assessment-results_schema.json',
} as const;

// ajv and ajv-formats are CommonJS; require them as the validate stage does.
const require = createRequire(import.meta.url);
const { Ajv } = require('ajv') as { Ajv: typeof AjvClass };
const addFormats = require('ajv-formats') as (a: AjvClass) => void;

const cache = new Map<string, ValidateFunction>();

/** The official OSCAL 1.2.1 JSON Schema of a model (vendored under test/fixtures), compiled once. */
export function oscalValidator(model: keyof typeof FILES): ValidateFunction {
  const cached = cache.get(model);
  if (cached) return cached;
  {
    // The schemas declare draft-07 and use OSCAL's own formats and unicode patterns; strict mode off as NIST advises.
    const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: true });
    addFormats(ajv);
    const schema = JSON.parse(readFileSync(path.join(REPO_ROOT, 'test/fixtures/oscal-1.2.1', FILES[model]), 'utf8'));
    const v = ajv.compile(schema);
    cache.set(model, v);
    return v;
  }
}

/** Schema errors as short strings, so a failing test shows where. */
export function oscalErrors(model: keyof typeof FILES, doc: unknown): string[] {
  const v = oscalValidator(model);
  return v(doc) ? [] : (v.errors ?? []).slice(0, 10).map((e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`);
}
