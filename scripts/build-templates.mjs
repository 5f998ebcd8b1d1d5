// Build step: precompiles the bundled Handlebars templates into dist/render/templates/precompiled.json,
// because compiling and checking them at run time was a fifth of a small pack's run. The .hbs files stay the
// source of truth; the runtime uses an entry only for the exact source and format it was built from.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = (f) => path.join(root, 'dist', f);
const { PRECOMPILED_FILE, compileKey, sourceKey } = await import(dist('render/templates/precompiled.js'));
const { refuseUnescapedOutput } = await import(dist('render/templates/unescaped-output.js'));
const { compileJobs, precompile } = await import(dist('render/templates/environment.js'));
const { TEMPLATES_DIR } = await import(dist('paths.js'));

// Read straight from the folder (not through loadTemplateSet, which would trust an earlier build's checks).
const set = { pages: new Map(), partials: new Map() };
const safe = [];
const read = (file, display) => {
  const source = readFileSync(file, 'utf8');
  refuseUnescapedOutput({ display, source });
  safe.push(sourceKey(source));
  return { display, source };
};
for (const name of readdirSync(TEMPLATES_DIR).sort()) {
  const m = /^(.+)\.(html|md)\.hbs$/.exec(name);
  if (!m) continue;
  const page = set.pages.get(m[1]) ?? {};
  page[m[2]] = read(path.join(TEMPLATES_DIR, name), `templates/${name}`);
  set.pages.set(m[1], page);
}
for (const name of readdirSync(path.join(TEMPLATES_DIR, 'partials')).sort()) {
  if (name.endsWith('.hbs')) set.partials.set(name.slice(0, -4), read(path.join(TEMPLATES_DIR, 'partials', name), `templates/partials/${name}`));
}
const specs = {};
for (const { format, source } of compileJobs(set)) specs[compileKey(format, source)] = precompile(format, source);
writeFileSync(dist(`render/templates/${PRECOMPILED_FILE}`), JSON.stringify({ specs, safe: [...new Set(safe)].sort() }));
