// Build step: compiles the record schemas to standalone ajv validators in dist/validators, because
// compiling them at run time costs ~200 ms per process. The schemas stay the source of truth.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import addFormatsModule from 'ajv-formats';

const addFormats = addFormatsModule.default ?? addFormatsModule;
const standalone = standaloneCode.default ?? standaloneCode;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'dist/validators');
mkdirSync(out, { recursive: true });
const { SCHEMA_FILES, AJV_OPTIONS, forValidation } = await import(path.join(root, 'dist/validate/ajv-options.js'));
for (const [kind, file] of Object.entries(SCHEMA_FILES)) {
  const ajv = new Ajv2020({ ...AJV_OPTIONS, code: { source: true, esm: false } });
  addFormats(ajv);
  const validate = ajv.compile(forValidation(JSON.parse(readFileSync(path.join(root, 'schemas', file), 'utf8'))));
  writeFileSync(path.join(out, `${kind}.cjs`), standalone(ajv, validate));
}
