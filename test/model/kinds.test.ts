/** The kind registry is the single list of record kinds: each has its schema, doc section and example records. */
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { KINDS, RECORD_KINDS } from '../../src/model/kinds/index.js';
import { SCHEMA_FILES } from '../../src/validate/ajv-options.js';
import { clauseRequirements } from '../../src/catalog/clause-requirements.js';
import { TESTS } from '../../src/analysis/clause-readiness.js';
import { loadBundledCatalogs } from '../../src/catalog/load-catalogs.js';
import { ACME, REPO_ROOT, cleanupRepos, lint, of } from '../helpers/repo.js';
import { runPipeline } from '../../src/pipeline.js';

afterAll(cleanupRepos);

type Json = Record<string, unknown>;
const read = (rel: string) => readFileSync(path.join(REPO_ROOT, rel), 'utf8');
const schemaOf = (file: string) => JSON.parse(read(`schemas/${file}`)) as Json;
const defs = (s: Json) => s.$defs as Record<string, Json>;
const compile = (s: Json) => {
  const ajv = new Ajv2020.default({ strict: true, allErrors: true });
  addFormats.default(ajv);
  return ajv.compile(s);
};
const FRAGMENT = JSON.parse(read('schemas/fragments/document-control.json')) as Json;
const DOCUMENT_LIKE = ['Policy', 'Scope', 'AuditProgramme'];

describe('kind registry', () => {
  it('lists unique kinds, and RECORD_KINDS and the schema map derive from it', () => {
    expect(new Set(RECORD_KINDS).size).toBe(KINDS.length);
    for (const k of KINDS) expect(SCHEMA_FILES[k.kind]).toBe(k.schemaFile);
  });

  it('leaves no record schema in schemas/ without a kind', () => {
    const files = readdirSync(path.join(REPO_ROOT, 'schemas')).filter((f) => f.endsWith('.schema.json'));
    expect(files.filter((f) => !Object.values(SCHEMA_FILES).includes(f))).toEqual([]);
  });

  describe.each(KINDS.map((k) => [k.kind, k] as const))('%s', (kind, def) => {
    it('has a strict schema that names the kind, and its examples validate', () => {
      expect(existsSync(path.join(REPO_ROOT, 'schemas', def.schemaFile)), def.schemaFile).toBe(true);
      const s = schemaOf(def.schemaFile);
      expect((s.properties as Record<string, Json>).kind!.const).toBe(kind);
      expect(s.$id).toBe(`https://annexa.dev/schemas/v1/${def.schemaFile}`);
      const validate = compile(s);
      for (const ex of (s.examples as unknown[] | undefined) ?? []) expect(validate(ex), JSON.stringify(validate.errors)).toBe(true);
    });

    it('has a section in docs/record-format.md and a mention in the README', () => {
      const doc = read('docs/record-format.md');
      const heading = doc.split('\n').find((l) => l.startsWith('## ') && l.slice(3).split(/[\s—(]/)[0] === kind);
      expect(heading, `## ${kind} in docs/record-format.md`).toBeDefined();
      expect(heading!.slice(3).split(/[\s—(]/)[0]!.toLowerCase()).toBe(def.docAnchor);
      expect(read('README.md')).toMatch(new RegExp(`\\b${kind}\\b`));
    });

    it('uses the shared document-control block unchanged where it has one', () => {
      const s = schemaOf(def.schemaFile);
      const spec = defs(s).spec!.properties as Record<string, Json>;
      if (DOCUMENT_LIKE.includes(kind)) expect(spec.documentControl?.$ref).toBe('#/$defs/documentControl');
      if (defs(s).documentControl) expect(defs(s).documentControl).toEqual(FRAGMENT);
    });
  });

  it('examples/acme-health holds a valid record of every kind', async () => {
    const r = await runPipeline({ root: ACME, scope: 'validate', today: '2026-11-23' });
    for (const k of RECORD_KINDS) expect(r.model.list(k).length, k).toBeGreaterThan(0);
  });
});

describe('management-system data (catalogs/management-system.yaml)', () => {
  const data = clauseRequirements();
  const catalogs = loadBundledCatalogs();

  it('names only registered kinds, known tests and catalog clauses', () => {
    for (const req of data.requirements) {
      for (const std of req.standards ?? ['iso27001:2022', 'iso42001:2023']) expect(catalogs.get(`${std.split(':')[0]}:${req.clause}`)?.type, `${std} ${req.clause}`).toBe('clause');
      for (const c of req.metBy) {
        expect(RECORD_KINDS as readonly string[]).toContain(c.kind);
        for (const t of c.tests ?? []) expect(Object.keys(TESTS)).toContain(t);
      }
    }
  });

  it('lists review inputs the ManagementReview schema accepts, each with a title', () => {
    const topics = (((defs(schemaOf('management-review.schema.json')).spec!.properties as Record<string, Json>).inputs!.items as Json).properties as Record<string, Json>).topic!.enum as string[];
    for (const list of Object.values(data.reviewInputs)) for (const t of list) {
      expect(topics).toContain(t);
      expect(data.topicTitles[t], t).toBeTruthy();
    }
  });
});

describe('new kinds and bad input', () => {
  it('reports schema problems and dangling references at file:line:col, never a crash', async () => {
    const r = await lint({
      'ms.yaml': [
        'apiVersion: annexa/v1\nkind: Objective\nmetadata: {id: obj-1, title: O}\nspec:\n  standards: [iso9001:2015]\n  target: high\n',
        'apiVersion: annexa/v1\nkind: ManagementReview\nmetadata: {id: mr-1, title: M}\nspec:\n  standards: [iso27001:2022]\n  date: 2026-13-01\n  participants: []\n  inputs: [{topic: gossip, covered: x}]\n',
        'apiVersion: annexa/v1\nkind: Nonconformity\nmetadata: {id: nc-1, title: N}\nspec:\n  source: {type: audit, audit: ia-none}\n  raised: 2026-01-01\n  description: x\n',
        'apiVersion: annexa/v1\nkind: Scope\nmetadata: {id: s-1, title: S}\nspec: {standards: [iso42001:2023], boundaries: x, aiSystems: [ai-none]}\n',
      ].join('---\n'),
    });
    expect([...of(r.findings, 'schema'), ...of(r.findings, 'dangling-reference')]).toEqual([
      { at: 'ms.yaml:5:15', severity: 'error', message: 'Objective obj-1: spec.standards[0] must be one of iso27001:2022, iso42001:2023 (got "iso9001:2015")' },
      { at: 'ms.yaml:6:11', severity: 'error', message: 'Objective obj-1: spec.target must be number (got string)' },
      { at: 'ms.yaml:13:9', severity: 'error', message: 'ManagementReview mr-1: spec.date must be a valid date (YYYY-MM-DD) (got "2026-13-01")' },
      { at: 'ms.yaml:14:17', severity: 'error', message: 'ManagementReview mr-1: spec.participants must NOT have fewer than 1 items' },
      { at: 'ms.yaml:15:20', severity: 'error', message: 'ManagementReview mr-1: spec.inputs[0].topic must be one of previous-actions, context-changes, interested-party-changes, nonconformities, monitoring-results, audit-results, objectives, interested-party-feedback, risk-assessment, improvement-opportunities (got "gossip")' },
      { at: 'ms.yaml:21:32', severity: 'error', message: 'Nonconformity nc-1 refers to InternalAudit "ia-none", which does not exist' },
      { at: 'ms.yaml:28:63', severity: 'error', message: 'Scope s-1 refers to AISystem "ai-none", which does not exist' },
    ]);
  });
});
