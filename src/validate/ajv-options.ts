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
