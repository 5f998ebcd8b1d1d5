// Build step: puts every bundled catalog ref (Annex A controls and clauses, with their titles) into the
// `controlRef` definition of each record schema, as `anyOf` alternatives, so editors running the YAML
// language server offer `iso27001:A.8.15 Logging` while typing. The first alternative, `{}`, accepts any
// ref (user catalogs have their own), so validation is unchanged; validators drop such an anyOf (forValidation).
// Writes a schema only when its text changes, so the precompiled validators stay current.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const catalogs = ['iso27001.yaml', 'iso42001.yaml'].map((f) => parse(readFileSync(path.join(root, 'catalogs', f), 'utf8')));

const refs = [];
for (const c of catalogs) {
  const id = c.metadata.id;
  const groups = new Map((c.spec.groups ?? []).map((g) => [g.id, g.title]));
  for (const e of c.spec.controls ?? []) {
    refs.push({ const: `${id}:${e.id}`, description: `${e.title} (${c.metadata.title} Annex A, ${e.group} ${groups.get(e.group) ?? ''})`.replace(' )', ')') });
  }
  for (const e of c.spec.clauses ?? []) refs.push({ const: `${id}:${e.id}`, description: `${e.title} (${c.metadata.title} clause ${e.id})` });
}

let changed = 0;
for (const f of readdirSync(path.join(root, 'schemas')).filter((f) => f.endsWith('.schema.json'))) {
  const file = path.join(root, 'schemas', f);
  const before = readFileSync(file, 'utf8');
  const schema = JSON.parse(before);
  const def = schema.$defs?.controlRef;
  if (!def) continue;
  def.examples = ['iso27001:A.8.15', 'iso42001:A.6.2.8', 'iso27001:6.1.3'];
  def.anyOf = [{}, ...refs];
  const after = JSON.stringify(schema, null, 2) + '\n';
  if (after !== before) {
    writeFileSync(file, after);
    changed++;
  }
}
if (process.argv.includes('--verbose')) console.log(`control refs: ${refs.length} refs, ${changed} schema(s) updated`);
