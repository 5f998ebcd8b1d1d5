// The baseline annexa is measured against: read every file, parse YAML, validate with ajv. Nothing else.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

const addFormats = addFormatsModule.default ?? addFormatsModule;
const dir = process.argv[2];
const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
addFormats(ajv);
const schemaFile = { Control: 'control', Evidence: 'evidence', Risk: 'risk', Policy: 'policy', AISystem: 'ai-system' };
const validators = Object.fromEntries(Object.entries(schemaFile).map(([k, f]) => [k, ajv.compile(JSON.parse(readFileSync(new URL(`../../schemas/${f}.schema.json`, import.meta.url), 'utf8')))]));
let docs = 0;
let invalid = 0;
for (const f of readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.yaml')).sort()) {
  for (const d of parseAllDocuments(readFileSync(path.join(dir, f), 'utf8'))) {
    const v = d.toJS();
    const validate = validators[v?.kind];
    if (!validate) continue;
    docs++;
    if (!validate(v)) invalid++;
  }
}
process.stdout.write(JSON.stringify({ docs, invalid, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }) + '\n');
