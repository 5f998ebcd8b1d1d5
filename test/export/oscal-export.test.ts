import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { ACME, REPO_ROOT } from '../helpers/repo.js';
import { runPipeline } from '../../src/pipeline.js';
import { OSCAL_MODELS, OSCAL_MODEL_NAMES } from '../../src/report/oscal/registry.js';
import { toJson } from '../../src/report/oscal/common.js';
import { oscalErrors } from './oscal-schema.js';

type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- OSCAL documents read back as plain JSON
const ctx = { date: '2026-11-30', toolVersion: '0.0.0-test', organization: 'Acme Health GmbH' };

async function exportAll(root: string): Promise<Record<string, string>> {
  const result = await runPipeline({ root, scope: 'check', today: ctx.date });
  const out: Record<string, string> = {};
  for (const m of OSCAL_MODEL_NAMES) out[m] = toJson(OSCAL_MODELS[m]({ result, ctx, failOn: 'error' }));
  out['catalog-iso42001'] = toJson(OSCAL_MODELS.catalog({ result, ctx, failOn: 'error', catalog: 'iso42001' }));
  return out;
}

let acme: Record<string, string>;
let again: Record<string, string>;
let broken: Record<string, string>;
const doc = (s: string | undefined): Doc => JSON.parse(s!);

beforeAll(async () => {
  acme = await exportAll(ACME);
  again = await exportAll(ACME);
  broken = await exportAll(path.join(REPO_ROOT, 'examples/broken'));
}, 60_000);

/** Every control (nested) of an OSCAL catalog, with its group path. */
function controlsOf(node: Doc): Doc[] {
  return [...(node.controls ?? []).flatMap((c: Doc) => [c, ...controlsOf(c)]), ...(node.groups ?? []).flatMap(controlsOf)];
}

describe('annexa export oscal of examples/acme-health', () => {
  it('each model passes the official OSCAL 1.2.1 JSON Schema', () => {
    for (const m of [...OSCAL_MODEL_NAMES, 'catalog-iso42001'] as const) {
      expect(oscalErrors(m === 'catalog-iso42001' ? 'catalog' : m, doc(acme[m])), m).toEqual([]);
    }
    expect(oscalErrors('assessment-results', doc(broken['assessment-results']))).toEqual([]);
  });

  it('the schema check can fail: a document without uuid or with a random-looking bad uuid is rejected', () => {
    const c = doc(acme.catalog);
    delete c.catalog.uuid;
    expect(oscalErrors('catalog', c).length).toBeGreaterThan(0);
    const m = doc(acme['mapping-collection']);
    m['mapping-collection'].mappings[0].maps[0].uuid = 'not-a-uuid';
    expect(oscalErrors('mapping-collection', m).length).toBeGreaterThan(0);
  });

  it('is byte-identical across runs, and every uuid in a document is unique', () => {
    expect(again).toEqual(acme);
    for (const m of OSCAL_MODEL_NAMES) {
      const uuids = [...acme[m]!.matchAll(/"uuid": "([^"]+)"/g)].map((x) => x[1]);
      expect(new Set(uuids).size, m).toBe(uuids.length);
    }
  });

  it('catalog: 93 Annex A controls of 27001 in 4 themes, 38 of 42001, plus the clauses', () => {
    const c27 = controlsOf(doc(acme.catalog).catalog);
    expect(c27.filter((c) => c.class === 'control')).toHaveLength(93);
    expect(doc(acme.catalog).catalog.groups.map((g: Doc) => g.id)).toEqual(['clauses', 'A.5', 'A.6', 'A.7', 'A.8']);
    const c42 = controlsOf(doc(acme['catalog-iso42001']).catalog);
    expect(c42.filter((c) => c.class === 'control')).toHaveLength(38);
    expect(c42.find((c) => c.id === 'clause-6.1.4')?.title).toBe('AI system impact assessment');
  });

  it('mapping-collection: one map per crosswalk relation with rationale and origin, ids resolving in the exported catalogs', () => {
    const mc = doc(acme['mapping-collection'])['mapping-collection'];
    const maps: Doc[] = mc.mappings[0].maps;
    const ids27 = new Set(controlsOf(doc(acme.catalog).catalog).map((c) => c.id));
    const ids42 = new Set(controlsOf(doc(acme['catalog-iso42001']).catalog).map((c) => c.id));
    expect(maps.length).toBeGreaterThan(50);
    for (const m of maps) {
      expect(ids27.has(m.sources[0]['id-ref']), m.sources[0]['id-ref']).toBe(true);
      expect(ids42.has(m.targets[0]['id-ref']), m.targets[0]['id-ref']).toBe(true);
      expect(['intersects-with', 'subset-of', 'superset-of', 'equivalent-to']).toContain(m.relationship);
      expect(m.remarks.length).toBeGreaterThan(20);
      expect(m.props.find((p: Doc) => p.name === 'origin').value).toMatch(/^(published|annexa)$/);
    }
    const policy = maps.find((m) => m.sources[0]['id-ref'] === 'A.5.1' && m.targets[0]['id-ref'] === 'A.2.2')!;
    expect(policy.qualifiers[0]).toMatchObject({ subject: 'target', predicate: 'has-requirement' });
    expect(mc.mappings[0]['target-gap-summary']['unmapped-controls'][0]['with-ids']).toEqual(expect.arrayContaining(['clause-6.1.4', 'clause-8.4']));
  });

  it('component-definition: one implemented requirement per decided control, with status, roles and evidence links', () => {
    const cd = doc(acme['component-definition'])['component-definition'];
    const impls: Doc[] = cd.components[0]['control-implementations'];
    expect(impls.map((i) => i['implemented-requirements'].length)).toEqual([93, 38]);
    const a515 = impls[0]!['implemented-requirements'].find((r: Doc) => r['control-id'] === 'A.5.1');
    expect(a515.props.find((p: Doc) => p.name === 'implementation-status').value).toBe('implemented');
    expect(a515['responsible-roles'][0]['role-id']).toBe('priya-raman-ciso');
    expect(cd.metadata.roles.map((r: Doc) => r.id)).toContain('priya-raman-ciso');
    expect(a515.links.every((l: Doc) => l.rel === 'evidence')).toBe(true);
    const excluded = impls[0]!['implemented-requirements'].filter((r: Doc) => r.props.some((p: Doc) => p.name === 'implementation-status' && p.value === 'not-applicable'));
    expect(excluded.length).toBeGreaterThan(0);
    expect(excluded.every((r: Doc) => r.props.some((p: Doc) => p.name === 'exclusion-justification'))).toBe(true);
  });

  it('assessment-results: a clean run satisfies every control; a failing run ties observations to controls', () => {
    const clean = doc(acme['assessment-results'])['assessment-results'].results[0];
    expect(clean.start).toBe('2026-11-30T00:00:00Z');
    expect(clean.findings).toHaveLength(131);
    expect(clean.findings.every((f: Doc) => f.target.status.state === 'satisfied')).toBe(true);
    expect(clean.observations).toBeUndefined();
    const bad = doc(broken['assessment-results'])['assessment-results'].results[0];
    const failing = bad.findings.filter((f: Doc) => f.target.status.state === 'not-satisfied');
    expect(failing.length).toBeGreaterThan(0);
    const obs = new Map(bad.observations.map((o: Doc) => [o.uuid, o]));
    for (const f of failing) {
      const related = f['related-observations'].map((r: Doc) => obs.get(r['observation-uuid']) as Doc);
      const ref = f.props.find((p: Doc) => p.name === 'control-ref').value;
      expect(related.every((o: Doc) => o.props.some((p: Doc) => p.name === 'control-ref' && p.value === ref))).toBe(true);
    }
  });
});

describe('annexa export oscal (command)', () => {
  it('writes the same bytes as the builder, YAML on request, and refuses an unknown model or catalog', async () => {
    const r = await runCli(['export', 'oscal', ACME, '--model', 'mapping-collection', '--date', '2026-11-30']);
    expect(r.code).toBe(0);
    expect(doc(r.stdout)['mapping-collection'].mappings[0].maps).toEqual(doc(acme['mapping-collection'])['mapping-collection'].mappings[0].maps);
    const y = await runCli(['export', 'oscal', ACME, '--model', 'catalog', '--catalog', 'iso42001', '--date', '2026-11-30', '-f', 'yaml']);
    expect(y.stdout).toMatch(/^catalog:\n {2}uuid: /);
    expect(await runCli(['export', 'oscal', ACME, '--model', 'profile'])).toMatchObject({ code: 2 });
    expect(await runCli(['export', 'oscal', ACME, '--model', 'catalog', '--catalog', 'nist'])).toMatchObject({ code: 2, stderr: 'annexa: unknown catalog "nist"; use one of iso27001, iso42001, euaiact, nist-ai-rmf\n' });
    expect(await runCli(['export', 'xml', ACME, '--model', 'catalog'])).toMatchObject({ code: 2, stderr: 'annexa: unknown export target "xml"; use oscal\n' });
  });
});
