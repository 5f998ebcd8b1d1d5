// Tests for the JSON Schemas in schemas/ and for the examples/acme-health repository.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SCHEMA_FILES } from '../../src/validate/ajv-options.js';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';

// ajv and ajv-formats are CommonJS packages. Under NodeNext the default import is `module.exports`,
// which TypeScript types as the module namespace; both packages also export themselves as `.default`.
const AjvClass = Ajv2020.default;
const addFormatsPlugin = addFormats.default;

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const schemaDir = join(repoRoot, 'schemas');
const exampleRoot = join(repoRoot, 'examples', 'acme-health');
const referenceDir = join(repoRoot, 'test', 'fixtures', 'reference');

// The record kinds and config; catalogs and crosswalks are tested in test/catalogs.
const KINDS = ['Control', 'Evidence', 'Risk', 'AISystem', 'ImpactAssessment', 'Policy', 'Config'] as const;
type Kind = (typeof KINDS)[number];

type Json = Record<string, unknown>;

function loadSchema(kind: Kind): Json {
  return JSON.parse(readFileSync(join(schemaDir, SCHEMA_FILES[kind]!), 'utf8')) as Json;
}

function newAjv() {
  const ajv = new AjvClass({ strict: true, allErrors: true });
  addFormatsPlugin(ajv);
  return ajv;
}

// One validator per kind, each schema compiled on its own (they are self-contained).
const validators = new Map<Kind, ValidateFunction>();
function validator(kind: Kind): ValidateFunction {
  let v = validators.get(kind);
  if (!v) {
    v = newAjv().compile(loadSchema(kind));
    validators.set(kind, v);
  }
  return v;
}

function errorsOf(kind: Kind, data: unknown): ErrorObject[] {
  const v = validator(kind);
  return v(data) ? [] : [...(v.errors ?? [])];
}

/** Errors of a document of a kind this file does not list, against its schema file. */
const otherValidators = new Map<string, ValidateFunction>();
function otherKindErrors(file: string, data: unknown): ErrorObject[] {
  let v = otherValidators.get(file);
  if (!v) otherValidators.set(file, (v = newAjv().compile(JSON.parse(readFileSync(join(schemaDir, file), 'utf8')) as Json)));
  return v(data) ? [] : [...(v.errors ?? [])];
}

function describeErrors(errors: ErrorObject[]): string {
  return errors.map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`).join('; ');
}

// ---------------------------------------------------------------- helpers for records
const clone = <T>(x: T): T => structuredClone(x);

function envelope(kind: Exclude<Kind, 'Config'>, spec: Json): Json {
  return { apiVersion: 'annexa/v1', kind, metadata: { id: 'rec-1', title: 'A record' }, spec };
}

/** Set a value at a dotted path, creating objects on the way. */
function withValue(base: Json, path: string, value: unknown): Json {
  const copy = clone(base);
  const keys = path.split('.');
  let node: Json = copy;
  for (const key of keys.slice(0, -1)) {
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
    node = node[key] as Json;
  }
  const last = keys[keys.length - 1] as string;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy;
}

const MINIMAL: Record<Kind, Json> = {
  Control: envelope('Control', { implements: ['iso27001:A.5.1'], status: 'planned' }),
  Evidence: envelope('Evidence', { path: 'evidence/files/report.md' }),
  Risk: envelope('Risk', { domain: 'security', likelihood: 3, impact: 4 }),
  AISystem: envelope('AISystem', { purpose: 'Sort support tickets', riskTier: 'minimal' }),
  ImpactAssessment: envelope('ImpactAssessment', { aiSystem: 'ai-sorter' }),
  Policy: envelope('Policy', {}),
  Config: { apiVersion: 'annexa/v1', kind: 'Config' },
};

// Records using every field named in docs/record-format.md.
const FULL_METADATA = {
  id: 'ctl-logging',
  title: 'Central logging',
  description: 'All logs in one place.',
  owner: 'Platform team',
  tags: ['logging'],
  links: [{ title: 'Runbook', url: 'https://example.com/runbook' }],
  annotations: { 'acme.dev/ticket': 'SEC-12' },
};
const FULL: Record<Kind, Json> = {
  Control: {
    apiVersion: 'annexa/v1',
    kind: 'Control',
    metadata: FULL_METADATA,
    spec: {
      implements: ['iso27001:A.8.15', 'iso42001:A.6.2.8', 'acme:SEC-12'],
      status: 'implemented',
      justification: 'Needed for incident investigation.',
      evidence: ['ev-1'],
      aiConsiderations: 'Model decisions are logged with model version.',
      requirements: ['GDPR Art. 32'],
      policies: ['pol-1'],
      owner: 'Platform team',
      targetDate: '2027-01-31',
      lastReviewed: '2026-06-01',
      nextReview: '2027-06-01',
    },
  },
  Evidence: envelope('Evidence', {
    path: 'evidence/files/report.md',
    url: 'https://tickets.example.com/SEC-1',
    collected: '2026-06-01',
    maxAgeDays: 90,
    type: 'report',
    owner: 'Security',
  }),
  Risk: envelope('Risk', {
    domain: 'ai',
    description: 'Model drift.',
    likelihood: 1,
    impact: 5,
    owner: 'ML lead',
    treatment: { option: 'mitigate', controls: ['iso42001:A.6.2.6'], plan: 'Monitor drift.', dueDate: '2027-03-31' },
    residual: { likelihood: 1, impact: 3 },
    aiSystems: ['ai-1'],
    status: 'open',
    identified: '2026-01-10',
    nextReview: '2027-01-10',
  }),
  AISystem: envelope('AISystem', {
    purpose: 'Triage',
    intendedUse: 'Nurses only.',
    lifecycleStage: 'operation',
    role: 'provider',
    riskTier: 'high',
    dataSources: ['questionnaire'],
    humanOversight: { mode: 'human-in-the-loop', description: 'Nurse confirms.' },
    owner: 'CMO',
    impactAssessment: 'ia-1',
    suppliers: ['Cloud Inc.'],
    models: ['gbm 3.2'],
  }),
  ImpactAssessment: envelope('ImpactAssessment', {
    aiSystem: 'ai-1',
    affected: { individuals: ['patients'], groups: ['older patients'], society: ['health system'] },
    impacts: [
      { description: 'Under-triage', affects: 'individuals', severity: 'critical', kind: 'negative', mitigations: ['Nurse review'] },
      { description: 'Faster care', affects: 'society', severity: 'medium' },
    ],
    mitigations: [{ description: 'Nurse review', controls: ['iso42001:A.9.4'] }, { description: 'Training' }],
    performed: '2026-05-01',
    approval: { by: 'AI board', date: '2026-05-10' },
    nextReview: '2027-05-01',
    status: 'approved',
  }),
  Policy: envelope('Policy', {
    addresses: ['iso27001:A.5.1', 'iso27001:5.2', 'iso42001:6.1.4'],
    approval: { by: 'CEO', date: '2026-01-15' },
    nextReview: '2027-01-15',
    document: 'documents/policies/security.md',
    version: '1.0',
  }),
  Config: {
    apiVersion: 'annexa/v1',
    kind: 'Config',
    organization: 'Acme Health GmbH',
    scope: 'Clinical triage platform',
    standards: ['iso27001:2022', 'iso42001:2023'],
    include: ['**/*.{yaml,yml}'],
    exclude: ['drafts/**'],
    catalogs: ['catalogs/acme.yaml'],
    rules: { 'review-overdue': 'warning', 'risk-untreated': 'off' },
    evidence: { maxAgeDays: 365 },
    coverage: { minImplemented: 80 },
    templates: 'pack-templates',
  },
};

// [description, kind, invalid document]
const INVALID: Array<[string, Kind, Json]> = [
  // envelope, shared by every record kind
  ['wrong apiVersion', 'Control', withValue(MINIMAL.Control, 'apiVersion', 'annexa/v2')],
  ['kind does not match the schema', 'Control', withValue(MINIMAL.Control, 'kind', 'Evidence')],
  ['missing spec', 'Policy', withValue(MINIMAL.Policy, 'spec', undefined)],
  ['metadata.id with a leading dash', 'Risk', withValue(MINIMAL.Risk, 'metadata.id', '-risk')],
  ['metadata.id with a space', 'Risk', withValue(MINIMAL.Risk, 'metadata.id', 'my risk')],
  ['metadata.id longer than 128 characters', 'Policy', withValue(MINIMAL.Policy, 'metadata.id', 'p'.repeat(129))],
  ['empty metadata.title', 'AISystem', withValue(MINIMAL.AISystem, 'metadata.title', '')],
  ['unknown metadata property', 'Evidence', withValue(MINIMAL.Evidence, 'metadata.name', 'x')],
  ['non-string annotation value', 'Evidence', withValue(MINIMAL.Evidence, 'metadata.annotations', { a: 1 })],
  ['link without url', 'Control', withValue(MINIMAL.Control, 'metadata.links', [{ title: 'x' }])],
  ['unknown top-level property', 'Control', withValue(MINIMAL.Control, 'status', 'implemented')],
  // Control
  ['Control: bad status enum', 'Control', withValue(MINIMAL.Control, 'spec.status', 'done')],
  ['Control: bad ref pattern (upper-case catalog)', 'Control', withValue(MINIMAL.Control, 'spec.implements', ['ISO27001:A.5.1'])],
  ['Control: bad ref pattern (no catalog)', 'Control', withValue(MINIMAL.Control, 'spec.implements', ['A.5.1'])],
  ['Control: empty implements', 'Control', withValue(MINIMAL.Control, 'spec.implements', [])],
  ['Control: missing status', 'Control', withValue(MINIMAL.Control, 'spec.status', undefined)],
  ['Control: unknown spec property', 'Control', withValue(MINIMAL.Control, 'spec.evidences', ['ev-1'])],
  ['Control: duplicate evidence ids', 'Control', withValue(MINIMAL.Control, 'spec.evidence', ['ev-1', 'ev-1'])],
  ['Control: invalid date', 'Control', withValue(MINIMAL.Control, 'spec.targetDate', '2026-13-01')],
  ['Control: date in another format', 'Control', withValue(MINIMAL.Control, 'spec.nextReview', '01.06.2027')],
  // Evidence
  ['Evidence: neither path nor url', 'Evidence', withValue(MINIMAL.Evidence, 'spec.path', undefined)],
  ['Evidence: absolute path', 'Evidence', withValue(MINIMAL.Evidence, 'spec.path', '/etc/passwd')],
  ['Evidence: url that is not a URI', 'Evidence', envelope('Evidence', { url: 'not a url' })],
  ['Evidence: maxAgeDays 0', 'Evidence', withValue(MINIMAL.Evidence, 'spec.maxAgeDays', 0)],
  ['Evidence: bad type enum', 'Evidence', withValue(MINIMAL.Evidence, 'spec.type', 'pdf')],
  ['Evidence: unknown spec property', 'Evidence', withValue(MINIMAL.Evidence, 'spec.file', 'x.md')],
  // Risk
  ['Risk: likelihood 11', 'Risk', withValue(MINIMAL.Risk, 'spec.likelihood', 11)],
  ['Risk: impact 0', 'Risk', withValue(MINIMAL.Risk, 'spec.impact', 0)],
  ['Risk: non-integer likelihood', 'Risk', withValue(MINIMAL.Risk, 'spec.likelihood', 2.5)],
  ['Risk: bad domain', 'Risk', withValue(MINIMAL.Risk, 'spec.domain', 'cyber')],
  ['Risk: missing impact', 'Risk', withValue(MINIMAL.Risk, 'spec.impact', undefined)],
  ['Risk: bad treatment option', 'Risk', withValue(MINIMAL.Risk, 'spec.treatment', { option: 'ignore' })],
  ['Risk: bad treatment control ref', 'Risk', withValue(MINIMAL.Risk, 'spec.treatment', { controls: ['iso27001 A.8.13'] })],
  ['Risk: unknown treatment property', 'Risk', withValue(MINIMAL.Risk, 'spec.treatment', { owner: 'x' })],
  ['Risk: residual likelihood 11', 'Risk', withValue(MINIMAL.Risk, 'spec.residual', { likelihood: 11, impact: 1 })],
  ['Risk: bad status', 'Risk', withValue(MINIMAL.Risk, 'spec.status', 'mitigated')],
  // AISystem
  ['AISystem: bad riskTier', 'AISystem', withValue(MINIMAL.AISystem, 'spec.riskTier', 'medium')],
  ['AISystem: missing purpose', 'AISystem', withValue(MINIMAL.AISystem, 'spec.purpose', undefined)],
  ['AISystem: bad role', 'AISystem', withValue(MINIMAL.AISystem, 'spec.role', 'vendor')],
  ['AISystem: bad oversight mode', 'AISystem', withValue(MINIMAL.AISystem, 'spec.humanOversight', { mode: 'sometimes' })],
  ['AISystem: bad lifecycleStage', 'AISystem', withValue(MINIMAL.AISystem, 'spec.lifecycleStage', 'production')],
  ['AISystem: unknown spec property', 'AISystem', withValue(MINIMAL.AISystem, 'spec.vendor', 'x')],
  // ImpactAssessment
  ['ImpactAssessment: missing aiSystem', 'ImpactAssessment', envelope('ImpactAssessment', {})],
  [
    'ImpactAssessment: bad severity',
    'ImpactAssessment',
    withValue(MINIMAL.ImpactAssessment, 'spec.impacts', [{ description: 'x', affects: 'groups', severity: 'extreme' }]),
  ],
  [
    'ImpactAssessment: bad affects',
    'ImpactAssessment',
    withValue(MINIMAL.ImpactAssessment, 'spec.impacts', [{ description: 'x', affects: 'everyone', severity: 'low' }]),
  ],
  [
    'ImpactAssessment: mitigation with bad control ref',
    'ImpactAssessment',
    withValue(MINIMAL.ImpactAssessment, 'spec.mitigations', [{ description: 'x', controls: ['A.9.4'] }]),
  ],
  ['ImpactAssessment: bad status', 'ImpactAssessment', withValue(MINIMAL.ImpactAssessment, 'spec.status', 'final')],
  // Policy
  ['Policy: bad addresses ref', 'Policy', withValue(MINIMAL.Policy, 'spec.addresses', ['A.5.1'])],
  ['Policy: approval without date', 'Policy', withValue(MINIMAL.Policy, 'spec.approval', { by: 'CEO' })],
  ['Policy: unknown spec property', 'Policy', withValue(MINIMAL.Policy, 'spec.owner', 'CISO')],
  // Config
  ['Config: unknown standard', 'Config', withValue(MINIMAL.Config, 'standards', ['iso9001:2015'])],
  ['Config: bad rule severity', 'Config', withValue(MINIMAL.Config, 'rules', { 'review-overdue': 'fatal' })],
  ['Config: minImplemented above 100', 'Config', withValue(MINIMAL.Config, 'coverage', { minImplemented: 120 })],
  ['Config: maxAgeDays 0', 'Config', withValue(MINIMAL.Config, 'evidence', { maxAgeDays: 0 })],
  ['Config: unknown property', 'Config', withValue(MINIMAL.Config, 'organisation', 'x')],
  ['Config: wrong kind', 'Config', withValue(MINIMAL.Config, 'kind', 'Control')],
];

// ---------------------------------------------------------------- schema tests
describe('JSON Schemas', () => {
  it.each(KINDS)('%s schema compiles in strict mode', (kind) => {
    const schema = loadSchema(kind);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(`https://annexa.dev/schemas/v1/${SCHEMA_FILES[kind]!}`);
    expect(() => newAjv().compile(schema)).not.toThrow();
  });

  it('all schemas load together in one Ajv instance', () => {
    const ajv = newAjv();
    for (const kind of KINDS) ajv.addSchema(loadSchema(kind));
    for (const kind of KINDS) expect(ajv.getSchema(`https://annexa.dev/schemas/v1/${SCHEMA_FILES[kind]!}`)).toBeDefined();
  });

  it.each(KINDS)('%s schema is self-contained and describes every property', (kind) => {
    const schema = loadSchema(kind);
    const missing: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${path}/${i}`));
      if (typeof node !== 'object' || node === null) return;
      const obj = node as Json;
      if (typeof obj.$ref === 'string') expect(obj.$ref, path).toMatch(/^#\/\$defs\//);
      const props = obj.properties;
      if (props && typeof props === 'object') {
        for (const [name, sub] of Object.entries(props as Json)) {
          // `true` placeholders only repeat a name for ajv's strictRequired check
          if (sub !== true && typeof (sub as Json).description !== 'string') missing.push(`${path}/properties/${name}`);
        }
      }
      for (const [k, v] of Object.entries(obj)) walk(v, `${path}/${k}`);
    };
    walk(schema, '#');
    expect(missing).toEqual([]);
  });

  it.each(KINDS)('minimal %s with only the required fields is valid', (kind) => {
    const errors = errorsOf(kind, MINIMAL[kind]);
    expect(errors, describeErrors(errors)).toEqual([]);
  });

  it('evidence with only a url is valid', () => {
    expect(errorsOf('Evidence', envelope('Evidence', { url: 'https://tickets.example.com/SEC-1' }))).toEqual([]);
  });

  it('not-applicable control with a justification is valid', () => {
    const doc = withValue(withValue(MINIMAL.Control, 'spec.status', 'not-applicable'), 'spec.justification', 'No premises.');
    expect(errorsOf('Control', doc)).toEqual([]);
  });

  it.each(KINDS)('%s using every documented field is valid', (kind) => {
    const errors = errorsOf(kind, FULL[kind]);
    expect(errors, describeErrors(errors)).toEqual([]);
  });

  it.each(INVALID)('rejects %s', (_name, kind, doc) => {
    expect(errorsOf(kind, doc).length).toBeGreaterThan(0);
  });

  it('leaves a missing or blank justification to the exclusion-unjustified rule (so the finding names the SoA problem)', () => {
    expect(errorsOf('Control', withValue(MINIMAL.Control, 'spec.status', 'not-applicable'))).toEqual([]);
    expect(errorsOf('Control', withValue(withValue(MINIMAL.Control, 'spec.status', 'not-applicable'), 'spec.justification', '   '))).toEqual([]);
  });
});

// ---------------------------------------------------------------- example repository
interface LoadedDoc {
  file: string;
  index: number;
  data: Json;
}

function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...yamlFiles(full));
    else if (/\.ya?ml$/.test(name)) out.push(full);
  }
  return out.sort();
}

function loadExample(): LoadedDoc[] {
  const docs: LoadedDoc[] = [];
  for (const file of yamlFiles(exampleRoot)) {
    const rel = relative(exampleRoot, file);
    parseAllDocuments(readFileSync(file, 'utf8')).forEach((doc, index) => {
      if (doc.errors.length) throw new Error(`${rel}#${index}: ${doc.errors.map((e) => e.message).join('; ')}`);
      docs.push({ file: rel, index, data: doc.toJS() as Json });
    });
  }
  return docs;
}

const exampleDocs = loadExample();
const ofKind = (kind: Kind) => exampleDocs.filter((d) => d.data.kind === kind);
const idOf = (d: LoadedDoc) => (d.data.metadata as Json).id as string;
const specOf = (d: LoadedDoc) => d.data.spec as Json;
const arr = (v: unknown): string[] => (Array.isArray(v) ? (v as string[]) : []);

function referenceIds(file: string, annexA: boolean): string[] {
  const lines = readFileSync(join(referenceDir, file), 'utf8').split(/\r?\n/).slice(1);
  const re = annexA ? /^(A\.\d+(?:\.\d+)+),/ : /^(\d+(?:\.\d+)*),/;
  return lines.map((l) => re.exec(l)?.[1]).filter((x): x is string => Boolean(x));
}
const ANNEX_A = {
  iso27001: referenceIds('iso27001-2022-annex-a.csv', true),
  iso42001: referenceIds('iso42001-2023-annex-a.csv', true),
};
const CLAUSES = {
  iso27001: referenceIds('iso27001-2022-clauses.csv', false),
  iso42001: referenceIds('iso42001-2023-clauses.csv', false),
};
const annexARefs = new Set([...ANNEX_A.iso27001.map((id) => `iso27001:${id}`), ...ANNEX_A.iso42001.map((id) => `iso42001:${id}`)]);
// EU AI Act articles are refs too (catalogs/euaiact.yaml); a Control may name the article it answers.
const aiActRefs = new Set((parseAllDocuments(readFileSync(join(repoRoot, 'catalogs', 'euaiact.yaml'), 'utf8'))[0]!.toJS().spec.controls as { id: string }[]).map((c) => `euaiact:${c.id}`));
const clauseRefs = new Set([...CLAUSES.iso27001.map((id) => `iso27001:${id}`), ...CLAUSES.iso42001.map((id) => `iso42001:${id}`)]);

const isIntegrated = (refs: string[]) =>
  refs.some((r) => r.startsWith('iso27001:A.')) && refs.some((r) => r.startsWith('iso42001:A.'));

describe('examples/acme-health', () => {
  it('reference lists have the expected number of controls', () => {
    expect(ANNEX_A.iso27001).toHaveLength(93);
    expect(ANNEX_A.iso42001).toHaveLength(38);
    expect(CLAUSES.iso27001.length).toBeGreaterThan(30);
    expect(CLAUSES.iso42001.length).toBeGreaterThan(30);
  });

  it('holds records of every kind', () => {
    for (const kind of KINDS) expect(ofKind(kind).length, kind).toBeGreaterThan(0);
    expect(ofKind('Config')).toHaveLength(1);
    expect(ofKind('Config')[0]?.file).toBe('annexa.yaml');
  });

  it('every YAML document validates against the schema for its kind', () => {
    const problems: string[] = [];
    for (const d of exampleDocs) {
      const kind = d.data.kind as string;
      // Management-system kinds (test/model/kinds.test.ts covers their schemas) are checked with their own schema here.
      const file = SCHEMA_FILES[kind];
      if (!(KINDS as readonly string[]).includes(kind) && !file) {
        problems.push(`${d.file}#${d.index}: unknown kind ${JSON.stringify(kind)}`);
        continue;
      }
      const errors = (KINDS as readonly string[]).includes(kind) ? errorsOf(kind as Kind, d.data) : otherKindErrors(file!, d.data);
      if (errors.length) problems.push(`${d.file}#${d.index}: ${describeErrors(errors)}`);
    }
    expect(problems).toEqual([]);
  });

  it('ids are unique per kind', () => {
    for (const kind of KINDS.filter((k) => k !== 'Config')) {
      const ids = ofKind(kind).map(idOf);
      expect(ids.filter((id, i) => ids.indexOf(id) !== i), kind).toEqual([]);
    }
  });

  it('every 27001 and 42001 Annex A control is decided by some Control', () => {
    const covered = new Set(ofKind('Control').flatMap((d) => arr(specOf(d).implements)));
    const missing = [...annexARefs].filter((ref) => !covered.has(ref));
    expect(missing).toEqual([]);
  });

  it('every Annex A control is decided by exactly one Control (unambiguous SoA)', () => {
    const seen = new Map<string, string[]>();
    for (const d of ofKind('Control')) for (const ref of arr(specOf(d).implements)) seen.set(ref, [...(seen.get(ref) ?? []), idOf(d)]);
    expect([...seen].filter(([, ids]) => ids.length > 1)).toEqual([]);
  });

  it('all control refs name real catalog entries', () => {
    const bad: string[] = [];
    for (const d of ofKind('Control'))
      for (const ref of arr(specOf(d).implements)) if (!annexARefs.has(ref) && !aiActRefs.has(ref)) bad.push(`${idOf(d)} implements ${ref}`);
    for (const d of ofKind('Risk')) {
      const treatment = (specOf(d).treatment ?? {}) as Json;
      for (const ref of arr(treatment.controls)) if (!annexARefs.has(ref)) bad.push(`${idOf(d)} treatment ${ref}`);
    }
    for (const d of ofKind('ImpactAssessment'))
      for (const m of (specOf(d).mitigations ?? []) as Json[])
        for (const ref of arr(m.controls)) if (!annexARefs.has(ref)) bad.push(`${idOf(d)} mitigation ${ref}`);
    for (const d of ofKind('Policy'))
      for (const ref of arr(specOf(d).addresses))
        if (!annexARefs.has(ref) && !clauseRefs.has(ref)) bad.push(`${idOf(d)} addresses ${ref}`);
    expect(bad).toEqual([]);
  });

  it('all cross-record id references resolve', () => {
    const ids = (kind: Kind) => new Set(ofKind(kind).map(idOf));
    const evidence = ids('Evidence');
    const policies = ids('Policy');
    const aiSystems = ids('AISystem');
    const assessments = ids('ImpactAssessment');
    const bad: string[] = [];
    for (const d of ofKind('Control')) {
      for (const e of arr(specOf(d).evidence)) if (!evidence.has(e)) bad.push(`${idOf(d)} -> Evidence ${e}`);
      for (const p of arr(specOf(d).policies)) if (!policies.has(p)) bad.push(`${idOf(d)} -> Policy ${p}`);
    }
    for (const d of ofKind('Risk'))
      for (const a of arr(specOf(d).aiSystems)) if (!aiSystems.has(a)) bad.push(`${idOf(d)} -> AISystem ${a}`);
    for (const d of ofKind('AISystem')) {
      const ia = specOf(d).impactAssessment as string | undefined;
      if (ia !== undefined && !assessments.has(ia)) bad.push(`${idOf(d)} -> ImpactAssessment ${ia}`);
      // the assessment points back at the same system
      const back = ofKind('ImpactAssessment').find((x) => idOf(x) === ia);
      if (back && specOf(back).aiSystem !== idOf(d)) bad.push(`${ia} does not assess ${idOf(d)}`);
    }
    for (const d of ofKind('ImpactAssessment')) {
      const a = specOf(d).aiSystem as string;
      if (!aiSystems.has(a)) bad.push(`${idOf(d)} -> AISystem ${a}`);
    }
    expect(bad).toEqual([]);
  });

  it('every Evidence record is used by a Control and points at an existing file', () => {
    const used = new Set(ofKind('Control').flatMap((d) => arr(specOf(d).evidence)));
    const problems: string[] = [];
    for (const d of ofKind('Evidence')) {
      if (!used.has(idOf(d))) problems.push(`${idOf(d)} is not referenced`);
      const path = specOf(d).path as string | undefined;
      if (path !== undefined && !existsSync(join(exampleRoot, path))) problems.push(`${idOf(d)}: missing ${path}`);
    }
    for (const d of ofKind('Policy')) {
      const doc = specOf(d).document as string | undefined;
      if (doc !== undefined && !/^https?:\/\//.test(doc) && !existsSync(join(exampleRoot, doc)))
        problems.push(`${idOf(d)}: missing ${doc}`);
    }
    expect(problems).toEqual([]);
  });

  it('evidence artefacts are not YAML (they would be loaded as records)', () => {
    const paths = ofKind('Evidence').map((d) => specOf(d).path as string | undefined).filter(Boolean) as string[];
    expect(paths.filter((p) => /\.ya?ml$/.test(p))).toEqual([]);
  });

  it('every integrated control has aiConsiderations', () => {
    const integrated = ofKind('Control').filter((d) => isIntegrated(arr(specOf(d).implements)));
    expect(integrated.length).toBeGreaterThanOrEqual(8);
    expect(integrated.length).toBeLessThanOrEqual(12);
    const missing = integrated.filter((d) => String(specOf(d).aiConsiderations ?? '').trim().length < 40).map(idOf);
    expect(missing).toEqual([]);
  });

  it('no not-applicable Control covers a control named in a risk treatment', () => {
    const treated = new Set(
      ofKind('Risk').flatMap((d) => arr(((specOf(d).treatment ?? {}) as Json).controls)),
    );
    const conflicts = ofKind('Control')
      .filter((d) => specOf(d).status === 'not-applicable')
      .flatMap((d) => arr(specOf(d).implements).filter((r) => treated.has(r)).map((r) => `${idOf(d)}: ${r}`));
    expect(conflicts).toEqual([]);
    // and the impact assessments' mitigations do not rely on excluded controls either
    const mitigating = new Set(
      ofKind('ImpactAssessment').flatMap((d) => ((specOf(d).mitigations ?? []) as Json[]).flatMap((m) => arr(m.controls))),
    );
    const iaConflicts = ofKind('Control')
      .filter((d) => specOf(d).status === 'not-applicable')
      .flatMap((d) => arr(specOf(d).implements).filter((r) => mitigating.has(r)));
    expect(iaConflicts).toEqual([]);
  });

  it('status mix: implemented controls list evidence, open ones have a target date', () => {
    const controls = ofKind('Control');
    const byStatus = (s: string) => controls.filter((d) => specOf(d).status === s);
    expect(byStatus('not-applicable').length).toBeGreaterThanOrEqual(3);
    expect(byStatus('not-applicable').length).toBeLessThanOrEqual(6);
    expect(byStatus('in-progress').length).toBeGreaterThan(0);
    expect(byStatus('planned').length).toBeGreaterThan(0);
    expect(byStatus('implemented').filter((d) => arr(specOf(d).evidence).length === 0).map(idOf)).toEqual([]);
    const open = [...byStatus('planned'), ...byStatus('in-progress')];
    expect(open.filter((d) => specOf(d).targetDate === undefined).map(idOf)).toEqual([]);
  });

  it('meets its own coverage gate for both standards', () => {
    const config = ofKind('Config')[0]?.data as Json;
    const min = ((config.coverage ?? {}) as Json).minImplemented as number;
    const status = new Map<string, string>();
    for (const d of ofKind('Control')) for (const ref of arr(specOf(d).implements)) status.set(ref, specOf(d).status as string);
    for (const std of ['iso27001', 'iso42001'] as const) {
      const refs = ANNEX_A[std].map((id) => `${std}:${id}`);
      const applicable = refs.filter((r) => status.get(r) !== 'not-applicable');
      const implemented = applicable.filter((r) => status.get(r) === 'implemented');
      expect((100 * implemented.length) / applicable.length, std).toBeGreaterThanOrEqual(min);
    }
  });

  it('AI inventory: three systems, the high-risk one with oversight and an impact assessment', () => {
    const systems = ofKind('AISystem');
    expect(systems).toHaveLength(3);
    expect(systems.map((d) => specOf(d).riskTier).sort()).toEqual(['high', 'limited', 'minimal']);
    for (const d of systems.filter((x) => specOf(x).riskTier === 'high')) {
      expect(((specOf(d).humanOversight ?? {}) as Json).mode).toBe('human-in-the-loop');
      expect(specOf(d).impactAssessment).toBeDefined();
    }
  });

  describe('dates keep the example clean from 2026-11-23 to 2027-02-28', () => {
    const day = (s: string) => Date.parse(`${s}T00:00:00Z`);
    const DAY_MS = 86_400_000;
    const WINDOW_END = day('2027-02-28');

    it('nextReview dates fall in 2027-03 .. 2027-12', () => {
      const bad = exampleDocs
        .filter((d) => d.data.kind !== 'Config')
        .map((d) => [idOf(d), specOf(d).nextReview] as const)
        .filter(([, v]) => v !== undefined && !(String(v) >= '2027-03-01' && String(v) <= '2027-12-31'));
      expect(bad).toEqual([]);
    });

    it('approvals are dated in 2026', () => {
      const bad = [...ofKind('Policy'), ...ofKind('ImpactAssessment')]
        .map((d) => [idOf(d), ((specOf(d).approval ?? {}) as Json).date] as const)
        .filter(([, v]) => v === undefined || !String(v).startsWith('2026-'));
      expect(bad).toEqual([]);
    });

    it('target and due dates are not before March 2027', () => {
      const dates: Array<[string, unknown]> = [
        ...ofKind('Control').map((d) => [idOf(d), specOf(d).targetDate] as [string, unknown]),
        ...ofKind('Risk').map((d) => [idOf(d), ((specOf(d).treatment ?? {}) as Json).dueDate] as [string, unknown]),
      ];
      expect(dates.filter(([, v]) => v !== undefined && String(v) < '2027-03-01')).toEqual([]);
    });

    it('no evidence goes stale before 2027-03-01', () => {
      const config = ofKind('Config')[0]?.data as Json;
      const defaultMaxAge = ((config.evidence ?? {}) as Json).maxAgeDays as number;
      const bad: string[] = [];
      for (const d of ofKind('Evidence')) {
        const collected = specOf(d).collected as string | undefined;
        if (collected === undefined) continue;
        if (collected < '2026-03-01' || collected > '2026-11-01') bad.push(`${idOf(d)} collected ${collected}`);
        const maxAge = (specOf(d).maxAgeDays as number | undefined) ?? defaultMaxAge;
        if (day(collected) + maxAge * DAY_MS <= WINDOW_END) bad.push(`${idOf(d)} stale by 2027-02-28`);
      }
      expect(bad).toEqual([]);
    });
  });
});
