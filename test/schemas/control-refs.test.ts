import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../helpers/repo.js';
import { readReference } from '../helpers/reference.js';
import { validatorFor } from '../../src/validate/ajv.js';

/** Every ref the reference lists name, with its title: what an editor should offer for a control ref. */
const expected = [
  ...readReference('iso27001-2022-annex-a.csv').map((r) => [`iso27001:${r.id}`, r.title!]),
  ...readReference('iso27001-2022-clauses.csv').map((r) => [`iso27001:${r.id}`, r.title!]),
  ...readReference('iso42001-2023-annex-a.csv').map((r) => [`iso42001:${r.id}`, r.title!]),
  ...readReference('iso42001-2023-clauses.csv').map((r) => [`iso42001:${r.id}`, r.title!]),
].sort((a, b) => a[0]!.localeCompare(b[0]!));

/** The reference lists keep the standard's line-break hyphens ("non- disclosure"); titles compare without them. */
const norm = (s: string) => s.replace(/- /g, '-').toLowerCase();

interface RefDef { anyOf?: { const?: string; description?: string }[]; examples?: string[] }
const schemas = readdirSync(path.join(REPO_ROOT, 'schemas'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => [f, JSON.parse(readFileSync(path.join(REPO_ROOT, 'schemas', f), 'utf8')) as { $defs?: { controlRef?: RefDef } }] as const)
  .filter(([, s]) => s.$defs?.controlRef);

describe('control ref completion in the JSON Schemas', () => {
  it('is in every schema that has control refs', () => {
    expect(schemas.map(([f]) => f)).toEqual(expect.arrayContaining(['control.schema.json', 'risk.schema.json', 'policy.schema.json', 'impact-assessment.schema.json']));
  });

  for (const [file, schema] of schemas) {
    it(`${file}: offers every catalog ref with its title, and accepts any well-formed ref`, () => {
      const def = schema.$defs!.controlRef!;
      // `{}` first: the alternatives are for completion only, so refs of a user's own catalog stay valid.
      expect(def.anyOf![0]).toEqual({});
      const offered = def.anyOf!.slice(1).map((a) => [a.const!, a.description!] as const).sort((a, b) => a[0].localeCompare(b[0]));
      expect(offered.map(([ref]) => ref)).toEqual(expected.map(([ref]) => ref));
      for (const [i, [ref, description]] of offered.entries()) {
        const title = `${norm(expected[i]![1]!)} (`;
        expect(norm(description).slice(0, title.length), ref).toBe(title);
      }
      expect(def.examples).toContain('iso27001:A.8.15');
    });
  }

  it('leaves validation as it was: own-catalog refs pass, malformed refs fail on the pattern', () => {
    const validate = validatorFor('Control');
    const control = (ref: string) => ({ apiVersion: 'annexa/v1', kind: 'Control', metadata: { id: 'c', title: 'C' }, spec: { implements: [ref], status: 'planned' } });
    expect(validate(control('acme:SEC-12'))).toBe(true);
    expect(validate(control('iso27001:A.8.15'))).toBe(true);
    expect(validate(control('not a ref'))).toBe(false);
    expect(validate.errors!.map((e) => e.keyword)).toEqual(['pattern']);
  });
});
