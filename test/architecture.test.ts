/** The pipeline's layering: lower stages never import from higher ones (shared vocabulary lives in src/core). */
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './helpers/repo.js';

const SRC = path.join(REPO_ROOT, 'src');

/** Stage -> the stages it must not import from. */
const FORBIDDEN: Record<string, string[]> = {
  core: ['load', 'config', 'catalog', 'model', 'validate', 'rules', 'analysis', 'report', 'render', 'git', 'cli'],
  util: ['load', 'config', 'catalog', 'model', 'validate', 'rules', 'analysis', 'report', 'render', 'cli'],
  load: ['model', 'validate', 'rules', 'analysis', 'report', 'render', 'cli'],
  config: ['rules', 'analysis', 'report', 'render', 'cli'],
  catalog: ['rules', 'analysis', 'report', 'render', 'cli'],
  validate: ['rules', 'analysis', 'report', 'render', 'cli'],
  model: ['rules', 'analysis', 'report', 'render', 'cli'],
  rules: ['report', 'render', 'cli'],
  analysis: ['report', 'render', 'cli'],
  render: ['cli'],
  report: ['cli'],
};

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : [],
  );
}

function importedStages(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:from\s+|import\()\s*['"](\.[^'"]+)['"]/g)].map((m) => m[1]!);
  return specs.map((s) => path.relative(SRC, path.resolve(path.dirname(file), s)).split(path.sep)[0]!);
}

describe('architecture', () => {
  for (const [stage, forbidden] of Object.entries(FORBIDDEN)) {
    it(`src/${stage} imports no higher stage`, () => {
      const bad = filesUnder(path.join(SRC, stage)).flatMap((f) =>
        importedStages(f)
          .filter((s) => forbidden.includes(s))
          .map((s) => `${path.relative(REPO_ROOT, f)} -> ${s}/`),
      );
      expect(bad).toEqual([]);
    });
  }
});
