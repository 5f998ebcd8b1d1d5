/** The bundled templates precompiled by the build (scripts/build-templates.mjs) are current and complete. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/repo.js';
import { TEMPLATES_DIR } from '../../src/paths.js';
import { compileJobs, precompile } from '../../src/render/templates/environment.js';
import { loadTemplateSet } from '../../src/render/templates/load-templates.js';
import { compileKey, sourceKey, type Precompiled } from '../../src/render/templates/precompiled.js';

const built = JSON.parse(readFileSync(path.join(REPO_ROOT, 'dist/render/templates/precompiled.json'), 'utf8')) as Precompiled;

describe('precompiled templates (npm test builds dist/ first)', () => {
  it('hold every template a pack compiles, each spec what run-time compilation gives', async () => {
    const set = await loadTemplateSet([{ dir: TEMPLATES_DIR, display: 'templates' }]);
    const jobs = compileJobs(set);
    // 28 pages and 7 partials, each partial in both formats.
    expect(jobs).toHaveLength(28 + 7 * 2);
    for (const { format, source } of jobs) expect(built.specs[compileKey(format, source)], source.slice(0, 60)).toBe(precompile(format, source));
    expect(Object.keys(built.specs)).toHaveLength(new Set(jobs.map((j) => compileKey(j.format, j.source))).size);
  });

  it('mark only the bundled sources as checked for unescaped output', async () => {
    const set = await loadTemplateSet([{ dir: TEMPLATES_DIR, display: 'templates' }]);
    const sources = [...set.partials.values(), ...[...set.pages.values()].flatMap((p) => [p.html!, p.md!])].map((f) => f.source);
    expect([...built.safe].sort()).toEqual([...new Set(sources.map(sourceKey))].sort());
    expect(built.safe).not.toContain(sourceKey(`${sources[0]}{{{ title }}}`));
  });
});
