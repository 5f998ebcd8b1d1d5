/**
 * The EU AI Act and NIST AI RMF catalogs and their crosswalks to ISO/IEC 42001: schema-valid, loaded like the
 * ISO catalogs (refs validate, did-you-mean), every relation typed with a rationale in both directions, and no
 * relation ever raising SoA coverage.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { loadBundledCatalogs } from '../../src/catalog/load-catalogs.js';
import { cleanupRepos, lint, makeRepo, of } from '../helpers/repo.js';
import { runCli } from '../helpers/cli.js';
import { control } from '../rules/records.js';

afterAll(cleanupRepos);

const repoRoot = new URL('../..', import.meta.url);
const read = (rel: string) => parse(readFileSync(new URL(rel, repoRoot), 'utf8')) as Record<string, any>;
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => void;
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const catalogSchema = ajv.compile(read('schemas/catalog.schema.json'));
const crosswalkSchema = ajv.compile(read('schemas/crosswalk.schema.json'));
const set = loadBundledCatalogs();

const CROSSWALKS = ['catalogs/crosswalk-euaiact-iso42001.yaml', 'catalogs/crosswalk-nist-ai-rmf-iso42001.yaml'];

describe('AI framework catalogs', () => {
  it.each(['catalogs/euaiact.yaml', 'catalogs/nist-ai-rmf.yaml'])('%s is schema-valid', (file) => {
    expect(catalogSchema(read(file)), JSON.stringify(catalogSchema.errors)).toBe(true);
  });

  it('holds the AI RMF 1.0 core: 4 functions, 19 categories, 72 subcategories', () => {
    const rmf = set.catalogs.get('nist-ai-rmf')!;
    expect(rmf.groups.map((g) => g.id)).toEqual(['GOVERN', 'MAP', 'MEASURE', 'MANAGE']);
    expect(rmf.objectives).toHaveLength(19);
    const perFunction = Object.fromEntries(rmf.groups.map((g) => [g.id, rmf.controls.filter((c) => c.group === g.id).length]));
    expect(perFunction).toEqual({ GOVERN: 19, MAP: 18, MEASURE: 22, MANAGE: 13 });
    expect(set.get('nist-ai-rmf:GOVERN-1.1')?.objective).toBe('GOVERN-1');
  });

  it('holds the AI Act articles with obligations, each with roles and an own-words summary', () => {
    const act = set.catalogs.get('euaiact')!;
    for (const id of ['Art.4', 'Art.5', 'Art.9', 'Art.26', 'Art.27', 'Art.50', 'Art.53', 'Art.55', 'Art.72']) expect(set.get(`euaiact:${id}`), id).toBeDefined();
    for (const c of act.controls) {
      expect(c.attributes?.roles?.length, c.ref).toBeGreaterThan(0);
      expect(c.description?.length, c.ref).toBeGreaterThan(40);
    }
  });

  it('suggests the right ref for a slip, like the ISO catalogs', async () => {
    expect(set.suggest('euaiact:Art9')).toBe('euaiact:Art.9');
    expect(set.suggest('euaiact:art.50')).toBe('euaiact:Art.50');
    expect(set.suggest('nist-ai-rmf:GOVERN-11')).toBe('nist-ai-rmf:GOVERN-1.1');
    const r = await lint({ 'c.yaml': control('ctl-x', ['euaiact:Art9', 'nist-ai-rmf:MAP-1.1'], 'planned') });
    expect(of(r.findings, 'unknown-control-ref').map((f) => f.message)).toEqual([
      'unknown control ref "euaiact:Art9": catalog euaiact has no "Art9" (did you mean "euaiact:Art.9"?)',
    ]);
  });
});

describe.each(CROSSWALKS)('%s', (file) => {
  const cw = read(file);
  const relations = cw.spec.relations as { source: string; target: string; type: string; origin: string; rationale: string }[];

  it('is schema-valid and names only existing refs of its two catalogs', () => {
    expect(crosswalkSchema(cw), JSON.stringify(crosswalkSchema.errors)).toBe(true);
    for (const r of relations) {
      expect(set.get(r.source), r.source).toBeDefined();
      expect(set.get(r.target), r.target).toBeDefined();
      expect(r.source.startsWith(`${cw.metadata.source}:`) && r.target.startsWith(`${cw.metadata.target}:`), `${r.source} -> ${r.target}`).toBe(true);
    }
  });

  it('gives every relation a type, an origin and a rationale, each pair once, and relates every source entry', () => {
    const seen = new Set<string>();
    for (const r of relations) {
      expect(['intersects-with', 'subset-of', 'superset-of'], `${r.source} -> ${r.target}`).toContain(r.type);
      expect(r.origin).toBe('annexa');
      expect(r.rationale.length, `${r.source} -> ${r.target}`).toBeGreaterThan(40);
      const key = `${r.source} ${r.target}`;
      expect(seen.has(key), key).toBe(false);
      seen.add(key);
    }
    const sources = new Set(relations.map((r) => r.source));
    expect(set.controlsOf(cw.metadata.source).filter((c) => !sources.has(c.ref)).map((c) => c.ref)).toEqual([]);
  });

  it('reads both directions, with the reverse type', () => {
    const reverse: Record<string, string> = { 'intersects-with': 'intersects-with', 'subset-of': 'superset-of', 'superset-of': 'subset-of' };
    for (const r of relations) {
      expect(set.related(r.source).find((x) => x.to === r.target)?.type, `${r.source} -> ${r.target}`).toBe(r.type);
      const back = set.related(r.target).find((x) => x.to === r.source);
      expect(back?.type, `${r.target} -> ${r.source}`).toBe(reverse[r.type]);
      expect(back?.rationale).toBe(r.rationale);
    }
  });
});

describe('AI framework relations and coverage', () => {
  it('never raise SoA coverage: implementing AI Act articles and RMF subcategories leaves 42001 coverage unchanged', async () => {
    const config = 'apiVersion: annexa/v1\nkind: Config\nstandards: [iso42001:2023]\n';
    const base = { 'annexa.yaml': config, 'c.yaml': control('ctl-policy', ['iso42001:A.2.2'], 'implemented') };
    const withAi = {
      ...base,
      'ai.yaml': [
        control('ctl-transparency', ['euaiact:Art.50', 'euaiact:Art.13'], 'implemented'),
        control('ctl-rmf', ['nist-ai-rmf:MAP-2.2', 'nist-ai-rmf:GOVERN-1.6'], 'implemented'),
      ].join('---\n'),
    };
    const soa = async (files: Record<string, string>) => JSON.parse((await runCli(['soa', makeRepo(files), '-f', 'json'])).stdout);
    const [before, after] = [await soa(base), await soa(withAi)];
    const cov = (s: any) => s.standards.map((x: any) => x.coverage.overall);
    expect(cov(after)).toEqual(cov(before));
    expect(cov(after)[0]).toMatchObject({ implemented: 1 });
    // A.8.2 is what both AI Act articles relate to; it stays without a decision.
    const a82 = after.standards[0].controls.find((c: any) => c.ref === 'iso42001:A.8.2');
    expect(a82.status).toBe('no-decision');
  });
});
