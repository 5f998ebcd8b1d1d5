/**
 * Checks the bundled ISO catalogs against the reference lists in test/fixtures/reference (ids, short titles,
 * structure and ISO/IEC 27002 attributes) and against schemas/catalog.schema.json.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { readReference as readCsv } from '../helpers/reference.js';

const repoRoot = new URL('../..', import.meta.url);

// ---------- helpers ----------

interface Group {
  id: string;
  title: string;
  description?: string;
}
interface Objective {
  id: string;
  title: string;
  group: string;
  description?: string;
}
interface Clause {
  id: string;
  title: string;
  parent?: string;
  description?: string;
}
interface Control {
  id: string;
  title: string;
  group?: string;
  objective?: string;
  description?: string;
  attributes?: Record<string, string[]>;
  newIn2022?: boolean;
}
interface Catalog {
  apiVersion: string;
  kind: string;
  metadata: { id: string; title: string; standard?: string; version?: string; notice?: string };
  spec: { groups?: Group[]; objectives?: Objective[]; clauses?: Clause[]; controls?: Control[] };
}

function readYaml(rel: string): unknown {
  return parse(readFileSync(new URL(rel, repoRoot), 'utf8'));
}

const iso27001 = readYaml('catalogs/iso27001.yaml') as Catalog;
const iso42001 = readYaml('catalogs/iso42001.yaml') as Catalog;

const ref27001Controls = readCsv('iso27001-2022-annex-a.csv');
const ref27001Clauses = readCsv('iso27001-2022-clauses.csv');
const ref42001Controls = readCsv('iso42001-2023-annex-a.csv');
const ref42001Clauses = readCsv('iso42001-2023-clauses.csv');

const splitValues = (s: string | undefined): string[] =>
  (s ?? '')
    .split(';')
    .map((v) => v.trim())
    .filter((v) => v !== '');

const uniqueInOrder = (values: string[]): string[] => [...new Set(values)];

function makeAjv(): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  // ajv-formats is CommonJS: the default import is module.exports, whose .default is the plugin.
  const addFormats = addFormatsModule.default;
  addFormats(ajv);
  return ajv;
}

const catalogSchema = JSON.parse(readFileSync(new URL('schemas/catalog.schema.json', repoRoot), 'utf8')) as object;

/** Shared checks for both ISO catalogs. */
function checkCommon(cat: Catalog): void {
  const groups = cat.spec.groups ?? [];
  const objectives = cat.spec.objectives ?? [];
  const clauses = cat.spec.clauses ?? [];
  const controls = cat.spec.controls ?? [];

  // every id-like value is a YAML string (not a number)
  for (const e of [...groups, ...objectives, ...clauses, ...controls]) {
    expect(typeof e.id, `id ${String(e.id)}`).toBe('string');
  }
  for (const c of clauses) if (c.parent !== undefined) expect(typeof c.parent).toBe('string');

  // uniqueness
  for (const list of [groups, objectives, clauses, controls]) {
    const ids = list.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  }

  // references inside the catalog resolve
  const groupIds = new Set(groups.map((g) => g.id));
  const objectiveById = new Map(objectives.map((o) => [o.id, o]));
  const clauseIds = new Set(clauses.map((c) => c.id));
  for (const c of controls) {
    expect(c.group, `${c.id} group`).toBeDefined();
    expect(groupIds.has(c.group ?? ''), `${c.id} group ${String(c.group)}`).toBe(true);
    if (c.objective !== undefined) {
      const o = objectiveById.get(c.objective);
      expect(o, `${c.id} objective ${c.objective}`).toBeDefined();
      expect(o?.group).toBe(c.group);
    }
  }
  for (const o of objectives) expect(groupIds.has(o.group), `objective ${o.id}`).toBe(true);
  for (const c of clauses) if (c.parent !== undefined) expect(clauseIds.has(c.parent), `clause ${c.id}`).toBe(true);

  // Annex A controls carry the A. prefix, clauses do not
  for (const c of controls) expect(c.id).toMatch(/^A\.\d+(\.\d+)+$/);
  for (const c of clauses) expect(c.id).toMatch(/^\d+(\.\d+)*$/);

  // own-words descriptions: present, non-empty, not just the title, no normative wording
  for (const e of [...clauses, ...controls]) {
    expect(typeof e.description, `${e.id} description`).toBe('string');
    const d = (e.description ?? '').trim();
    expect(d.length, `${e.id} description`).toBeGreaterThan(20);
    expect(d.toLowerCase()).not.toBe(e.title.toLowerCase());
    expect(d, `${e.id} description uses normative wording`).not.toMatch(/\bshall\b/i);
  }
  for (const g of groups) expect((g.description ?? '').trim().length, `group ${g.id}`).toBeGreaterThan(0);
  const descriptions = controls.map((c) => c.description);
  expect(new Set(descriptions).size).toBe(descriptions.length);

  expect(cat.apiVersion).toBe('annexa/v1');
  expect(cat.kind).toBe('Catalog');
  expect(typeof cat.metadata.version).toBe('string');
  expect(cat.metadata.notice ?? '').toMatch(/own words/);
}

// ---------- ISO/IEC 27001:2022 ----------

const THEMES: Record<string, { group: string; title: string; count: number }> = {
  Organizational: { group: 'A.5', title: 'Organizational controls', count: 37 },
  People: { group: 'A.6', title: 'People controls', count: 8 },
  Physical: { group: 'A.7', title: 'Physical controls', count: 14 },
  Technological: { group: 'A.8', title: 'Technological controls', count: 34 },
};

const ATTRIBUTE_COLUMNS: Record<string, string> = {
  controlType: 'control_type',
  securityProperties: 'security_properties',
  cybersecurityConcepts: 'cybersecurity_concepts',
  operationalCapabilities: 'operational_capabilities',
  securityDomains: 'security_domains',
};

describe('catalog iso27001', () => {
  const controls = iso27001.spec.controls ?? [];
  const clauses = iso27001.spec.clauses ?? [];

  it('has the expected metadata', () => {
    expect(iso27001.metadata.id).toBe('iso27001');
    expect(iso27001.metadata.title).toBe('ISO/IEC 27001:2022');
    expect(iso27001.metadata.standard).toBe('iso27001:2022');
    expect(iso27001.metadata.version).toBe('2022');
  });

  it('reference list sanity: 93 controls, 41 clauses', () => {
    expect(ref27001Controls).toHaveLength(93);
    expect(ref27001Clauses).toHaveLength(41);
  });

  it('has exactly the 93 Annex A controls, in order, with reference titles', () => {
    expect(controls).toHaveLength(93);
    expect(controls.map((c) => c.id)).toEqual(ref27001Controls.map((r) => r.id));
    // The reference list carries two line-break artefacts ("non- disclosure", "off- premises"); the catalog has the real titles.
    expect(controls.map((c) => c.title)).toEqual(ref27001Controls.map((r) => (r.title ?? '').replace(/(\w)- (\w)/g, '$1-$2')));
    expect(controls.find((c) => c.id === 'A.6.6')?.title).toBe('Confidentiality or non-disclosure agreements');
  });

  it('has the four themes as groups with 37/8/14/34 controls', () => {
    expect((iso27001.spec.groups ?? []).map((g) => [g.id, g.title])).toEqual(
      Object.values(THEMES).map((t) => [t.group, t.title]),
    );
    for (const t of Object.values(THEMES)) {
      expect(controls.filter((c) => c.group === t.group), t.group).toHaveLength(t.count);
    }
    expect(iso27001.spec.objectives ?? []).toEqual([]);
  });

  it('puts every control in the theme of the reference list', () => {
    for (const [i, r] of ref27001Controls.entries()) {
      const theme = THEMES[r.theme ?? ''];
      expect(theme, `theme ${String(r.theme)}`).toBeDefined();
      expect(controls[i]?.group, r.id).toBe(theme?.group);
    }
  });

  it('has every ISO/IEC 27002 attribute and newIn2022 equal to the reference list', () => {
    for (const [i, r] of ref27001Controls.entries()) {
      const c = controls[i];
      expect(c, r.id).toBeDefined();
      const expected = Object.fromEntries(
        Object.entries(ATTRIBUTE_COLUMNS).map(([key, column]) => [key, splitValues(r[column])]),
      );
      expect(c?.attributes, `${String(r.id)} attributes`).toEqual(expected);
      for (const values of Object.values(expected)) expect(values.length).toBeGreaterThan(0);
      expect(['yes', 'no']).toContain(r.new_in_2022);
      expect(c?.newIn2022, `${String(r.id)} newIn2022`).toBe(r.new_in_2022 === 'yes');
    }
    expect(controls.filter((c) => c.newIn2022)).toHaveLength(11);
  });

  it('has the 41 clauses with reference ids, titles and parents', () => {
    expect(clauses).toHaveLength(41);
    expect(clauses.map((c) => c.id)).toEqual(ref27001Clauses.map((r) => r.id));
    expect(clauses.map((c) => c.title)).toEqual(ref27001Clauses.map((r) => r.title));
    expect(clauses.map((c) => c.parent)).toEqual(ref27001Clauses.map((r) => (r.parent ? r.parent : undefined)));
  });

  it('keeps Annex A control A.5.1 and clause 5.1 apart', () => {
    expect(controls.find((c) => c.id === 'A.5.1')?.title).toBe('Policies for information security');
    expect(clauses.find((c) => c.id === '5.1')?.title).toBe('Leadership and commitment');
    expect(controls.find((c) => c.id === '5.1')).toBeUndefined();
  });

  it('has consistent structure and own-words descriptions', () => {
    checkCommon(iso27001);
  });
});

// ---------- ISO/IEC 42001:2023 ----------

describe('catalog iso42001', () => {
  const controls = iso42001.spec.controls ?? [];
  const clauses = iso42001.spec.clauses ?? [];

  it('has the expected metadata', () => {
    expect(iso42001.metadata.id).toBe('iso42001');
    expect(iso42001.metadata.title).toBe('ISO/IEC 42001:2023');
    expect(iso42001.metadata.standard).toBe('iso42001:2023');
    expect(iso42001.metadata.version).toBe('2023');
  });

  it('reference list sanity: 38 controls, 43 clauses', () => {
    expect(ref42001Controls).toHaveLength(38);
    expect(ref42001Clauses).toHaveLength(43);
  });

  it('has exactly the 38 Annex A controls with reference ids, titles, areas and objectives', () => {
    expect(controls).toHaveLength(38);
    expect(controls.map((c) => c.id)).toEqual(ref42001Controls.map((r) => r.id));
    expect(controls.map((c) => c.title)).toEqual(ref42001Controls.map((r) => r.title));
    expect(controls.map((c) => c.group)).toEqual(ref42001Controls.map((r) => r.area_id));
    expect(controls.map((c) => c.objective)).toEqual(ref42001Controls.map((r) => r.objective_id));
    for (const c of controls) {
      expect(c.attributes, `${c.id} has no 27002 attributes`).toBeUndefined();
      expect(c.newIn2022, `${c.id} has no newIn2022`).toBeUndefined();
    }
  });

  it('has the 9 areas A.2-A.10 as groups with reference titles', () => {
    const groups = iso42001.spec.groups ?? [];
    const expected = uniqueInOrder(ref42001Controls.map((r) => `${r.area_id}|${r.area_title}`));
    expect(groups).toHaveLength(9);
    expect(groups.map((g) => `${g.id}|${g.title}`)).toEqual(expected);
    expect(groups.map((g) => g.id)).toEqual(['A.2', 'A.3', 'A.4', 'A.5', 'A.6', 'A.7', 'A.8', 'A.9', 'A.10']);
  });

  it('has one objective per reference objective id, with title and area', () => {
    const objectives = iso42001.spec.objectives ?? [];
    const expected = uniqueInOrder(ref42001Controls.map((r) => `${r.objective_id}|${r.objective_title}|${r.area_id}`));
    expect(objectives).toHaveLength(10);
    expect(objectives.map((o) => `${o.id}|${o.title}|${o.group}`)).toEqual(expected);
    expect(objectives.filter((o) => o.group === 'A.6').map((o) => o.id)).toEqual(['A.6.1', 'A.6.2']);
  });

  it('has the 43 clauses with reference ids, titles and parents, incl. 6.1.4 and 8.4', () => {
    expect(clauses).toHaveLength(43);
    expect(clauses.map((c) => c.id)).toEqual(ref42001Clauses.map((r) => r.id));
    expect(clauses.map((c) => c.title)).toEqual(ref42001Clauses.map((r) => r.title));
    expect(clauses.map((c) => c.parent)).toEqual(ref42001Clauses.map((r) => (r.parent ? r.parent : undefined)));
    expect(clauses.find((c) => c.id === '6.1.4')?.title).toBe('AI system impact assessment');
    expect(clauses.find((c) => c.id === '8.4')?.title).toBe('AI system impact assessment');
  });

  it('has consistent structure and own-words descriptions', () => {
    checkCommon(iso42001);
  });
});

// ---------- schema ----------

describe('schemas/catalog.schema.json', () => {
  const ajv = makeAjv();
  const validate = ajv.compile(catalogSchema);

  it.each([
    ['iso27001', iso27001],
    ['iso42001', iso42001],
  ])('accepts the bundled %s catalog', (_name, cat) => {
    const ok = validate(cat);
    expect(ajv.errorsText(validate.errors), 'schema errors').toBe('No errors');
    expect(ok).toBe(true);
  });

  it('accepts a minimal user catalog', () => {
    const acme = {
      apiVersion: 'annexa/v1',
      kind: 'Catalog',
      metadata: { id: 'acme', title: 'Acme internal controls', version: '3' },
      spec: {
        groups: [{ id: 'SEC', title: 'Security' }],
        controls: [
          {
            id: 'SEC-12',
            title: 'Secrets rotation',
            group: 'SEC',
            description: 'Service credentials are rotated automatically.',
            attributes: { platform: ['aws', 'gcp'] },
          },
        ],
      },
    };
    expect(validate(acme), ajv.errorsText(validate.errors)).toBe(true);
  });

  it('rejects numeric ids, unknown fields and unknown attribute values', () => {
    const clone = (): Catalog => structuredClone(iso27001);

    const numericId = clone() as unknown as { spec: { clauses: { id: unknown }[] } };
    const firstClause = numericId.spec.clauses[0];
    if (firstClause) firstClause.id = 4.1;
    expect(validate(numericId)).toBe(false);

    const unknownField = clone() as unknown as { spec: { controls: Record<string, unknown>[] } };
    const firstControl = unknownField.spec.controls[0];
    if (firstControl) firstControl.descripton = 'typo';
    expect(validate(unknownField)).toBe(false);

    const badValue = clone();
    const attrs = badValue.spec.controls?.[0]?.attributes;
    if (attrs) attrs.controlType = ['preventative'];
    expect(validate(badValue)).toBe(false);

    const badPrefix = clone();
    badPrefix.metadata.id = 'ISO 27001';
    expect(validate(badPrefix)).toBe(false);
  });
});
