// Build step: precompiles the bundled Handlebars templates into dist/render/templates/precompiled.json,
// because compiling and checking them at run time was a fifth of a small pack's run. The .hbs files stay the
// source of truth; the runtime uses an entry only for the exact source and format it was built from.
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = (f) => path.join(root, 'dist', f);
const { PRECOMPILED_FILE, compileKey, sourceKey } = await import(dist('render/templates/precompiled.js'));
const { compileJobs, precompile } = await import(dist('render/templates/environment.js'));
const { loadTemplateSet } = await import(dist('render/templates/load-templates.js'));
const { TEMPLATES_DIR } = await import(dist('paths.js'));

// An earlier build's file goes first: without it, loading the set checks every source for unescaped output.
const file = dist(`render/templates/${PRECOMPILED_FILE}`);
rmSync(file, { force: true });
const set = await loadTemplateSet([{ dir: TEMPLATES_DIR, display: 'templates' }]);
const sources = [...set.partials.values(), ...[...set.pages.values()].flatMap((p) => [p.html, p.md].filter(Boolean))].map((f) => f.source);
const specs = {};
for (const { format, source } of compileJobs(set)) specs[compileKey(format, source)] = precompile(format, source);
writeFileSync(file, JSON.stringify({ specs, safe: [...new Set(sources.map(sourceKey))].sort() }));
