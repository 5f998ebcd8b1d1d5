/**
 * Checks catalogs/crosswalk-iso27001-iso42001.yaml: schema, the published comparison pairs, refs, relation
 * types, rationale/aiGap, unmatched entries and duplicates.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

const repoRoot = new URL('../..', import.meta.url);

type RelationType = 'equal-to' | 'equivalent-to' | 'subset-of' | 'superset-of' | 'intersects-with' | 'no-relationship';

interface Relation {
  source: string;
  target: string;
  type: RelationType;
  origin: 'published' | 'annexa';
  rationale: string;
  aiGap?: string;
}
interface Crosswalk {
  apiVersion: string;
  kind: string;
  metadata: { id: string; title: string; source: string; target: string; notice?: string };
  spec: { relations: Relation[]; unmatched?: { ref: string; rationale: string }[] };
}
interface Catalog {
  metadata: { id: string };
  spec: { clauses?: { id: string }[]; controls?: { id: string }[] };
}

const readText = (rel: string): string => readFileSync(new URL(rel, repoRoot), 'utf8');
const crosswalk = parse(readText('catalogs/crosswalk-iso27001-iso42001.yaml')) as Crosswalk;
const catalogs = [
  parse(readText('catalogs/iso27001.yaml')) as Catalog,
  parse(readText('catalogs/iso42001.yaml')) as Catalog,
];
const crosswalkSchema = JSON.parse(readText('schemas/crosswalk.schema.json')) as object;

const relations = crosswalk.spec.relations;
const unmatched = crosswalk.spec.unmatched ?? [];

/** All refs that exist: "<catalog>:<id>" for every clause and control. */
const knownRefs = new Set<string>();
const annexARefs42001: string[] = [];
for (const cat of catalogs) {
  for (const e of [...(cat.spec.clauses ?? []), ...(cat.spec.controls ?? [])]) knownRefs.add(`${cat.metadata.id}:${e.id}`);
  if (cat.metadata.id === 'iso42001') for (const c of cat.spec.controls ?? []) annexARefs42001.push(`iso42001:${c.id}`);
}

const idOf = (ref: string): string => ref.slice(ref.indexOf(':') + 1);
const isAnnexA = (ref: string): boolean => idOf(ref).startsWith('A.');

/** The published 27001 -> 42001 comparison (seeds/001); A.8.25 -> objective A.6.1 means both of its controls. */
const PUBLISHED: Record<string, string[]> = {
  'A.5.1': ['A.2.2', 'A.2.3', 'A.2.4'],
  'A.5.9': ['A.4.2', 'A.4.3', 'A.4.4', 'A.4.5', 'A.4.6'],
  'A.5.10': ['A.9.2', 'A.9.3', 'A.9.4'],
  'A.5.19': ['A.10.3'],
  'A.5.37': ['A.6.2.7', 'A.7.2'],
  'A.6.8': ['A.3.3', 'A.8.3', 'A.8.4'],
  'A.8.15': ['A.6.2.8'],
  'A.8.16': ['A.6.2.6'],
  'A.8.25': ['A.6.1.2', 'A.6.1.3'],
  'A.8.26': ['A.6.2.2'],
  'A.8.27': ['A.6.2.3'],
  'A.8.29': ['A.6.2.4'],
  'A.8.32': ['A.6.2.5'],
};
const publishedPairs: [string, string][] = Object.entries(PUBLISHED).flatMap(([s, ts]) =>
  ts.map((t): [string, string] => [`iso27001:${s}`, `iso42001:${t}`]),
);

const INVERSE: Record<RelationType, RelationType> = {
  'equal-to': 'equal-to',
  'equivalent-to': 'equivalent-to',
  'subset-of': 'superset-of',
  'superset-of': 'subset-of',
  'intersects-with': 'intersects-with',
  'no-relationship': 'no-relationship',
};

/** Bidirectional lookup: from any ref to the refs related to it, with the relation type as seen from that ref. */
function buildIndex(list: Relation[]): Map<string, Map<string, RelationType>> {
  const index = new Map<string, Map<string, RelationType>>();
  const add = (from: string, to: string, type: RelationType): void => {
    let m = index.get(from);
    if (!m) {
      m = new Map();
      index.set(from, m);
    }
    m.set(to, type);
  };
  for (const r of list) {
    add(r.source, r.target, r.type);
    add(r.target, r.source, INVERSE[r.type]);
  }
  return index;
}
const index = buildIndex(relations);

describe('crosswalk iso27001-iso42001', () => {
  it('validates against schemas/crosswalk.schema.json', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    // ajv-formats is CommonJS: the default import is module.exports, whose .default is the plugin.
    addFormatsModule.default(ajv);
    const validate = ajv.compile(crosswalkSchema);
    const ok = validate(crosswalk);
    expect(ajv.errorsText(validate.errors)).toBe('No errors');
    expect(ok).toBe(true);

    const bad = structuredClone(crosswalk);
    const first = bad.spec.relations[0];
    if (first) (first as { type: string }).type = 'same-as';
    expect(validate(bad)).toBe(false);
  });

  it('connects iso27001 (source) to iso42001 (target)', () => {
    expect(crosswalk.apiVersion).toBe('annexa/v1');
    expect(crosswalk.kind).toBe('Crosswalk');
    expect(crosswalk.metadata.id).toBe('iso27001-iso42001');
    expect(crosswalk.metadata.source).toBe('iso27001');
    expect(crosswalk.metadata.target).toBe('iso42001');
    for (const r of relations) {
      expect(r.source.startsWith('iso27001:'), r.source).toBe(true);
      expect(r.target.startsWith('iso42001:'), r.target).toBe(true);
      expect(['published', 'annexa'], `${r.source} -> ${r.target} origin`).toContain(r.origin);
    }
  });

  it('contains every pair of the published comparison, marked published', () => {
    expect(publishedPairs).toHaveLength(25);
    for (const [s, t] of publishedPairs) {
      const r = relations.find((x) => x.source === s && x.target === t);
      expect(r, `${s} -> ${t}`).toBeDefined();
      expect(r?.origin, `${s} -> ${t}`).toBe('published');
    }
    const published = relations.filter((r) => r.origin === 'published');
    expect(published).toHaveLength(publishedPairs.length);
  });

  it('finds every published pair in both directions through a bidirectional lookup', () => {
    for (const [s, t] of publishedPairs) {
      expect(index.get(s)?.get(t), `${s} -> ${t}`).toBe('intersects-with');
      expect(index.get(t)?.get(s), `${t} -> ${s} (reverse)`).toBe('intersects-with');
    }
    // e.g. from the AI side: which security controls relate to AI event logging?
    expect([...(index.get('iso42001:A.6.2.8')?.keys() ?? [])]).toContain('iso27001:A.8.15');
  });

  it('derives inverse types for the reverse direction', () => {
    const idx = buildIndex([
      { source: 'a:1', target: 'b:1', type: 'subset-of', origin: 'annexa', rationale: 'x' },
      { source: 'a:2', target: 'b:2', type: 'equivalent-to', origin: 'annexa', rationale: 'x' },
    ]);
    expect(idx.get('b:1')?.get('a:1')).toBe('superset-of');
    expect(idx.get('b:2')?.get('a:2')).toBe('equivalent-to');
  });

  it('adds a reasonable number of annexa Annex A pairs', () => {
    const own = relations.filter((r) => r.origin === 'annexa' && isAnnexA(r.source));
    expect(own.length).toBeGreaterThanOrEqual(15);
    expect(own.length).toBeLessThanOrEqual(40);
  });

  it('only references entries that exist in the catalogs', () => {
    for (const r of relations) {
      expect(knownRefs.has(r.source), r.source).toBe(true);
      expect(knownRefs.has(r.target), r.target).toBe(true);
    }
    for (const u of unmatched) expect(knownRefs.has(u.ref), u.ref).toBe(true);
  });

  it('never marks a pair equal-to or equivalent-to: Annex A pairs overlap, same-worded clauses govern different systems', () => {
    for (const r of relations) expect(['equal-to', 'equivalent-to'], `${r.source} -> ${r.target}`).not.toContain(r.type);
  });

  it('relates Annex A controls to clauses of the other standard where a control serves a clause', () => {
    for (const [s, t] of [['A.5.1', '5.2'], ['A.5.35', '9.2'], ['A.6.3', '7.2'], ['A.6.3', '7.3']] as const) {
      expect(index.get(`iso27001:${s}`)?.get(`iso42001:${t}`), `${s} -> ${t}`).toBe('intersects-with');
    }
    expect(index.get('iso42001:A.2.2')?.get('iso27001:5.2')).toBe('intersects-with');
  });

  it('keeps the reviewed weak pairs out and their better targets in', () => {
    const has = (s: string, t: string) => index.get(`iso27001:${s}`)?.has(`iso42001:${t}`) ?? false;
    for (const [s, t] of [['A.5.35', 'A.2.4'], ['A.6.3', 'A.4.6'], ['A.5.25', 'A.8.4'], ['A.5.12', 'A.7.2']] as const) expect(has(s, t), `${s} -> ${t}`).toBe(false);
    expect(has('A.5.12', 'A.4.3')).toBe(true);
  });

  it('has the well-supported pairs the first version missed', () => {
    const pairs = [['A.8.25', 'A.6.2.2'], ['A.8.25', 'A.6.2.3'], ['A.5.19', 'A.10.2'], ['A.5.21', 'A.10.2'], ['A.8.30', 'A.10.2'], ['A.8.28', 'A.6.1.3'], ['A.8.28', 'A.6.2.3'], ['A.5.37', 'A.6.2.8'], ['A.5.34', 'A.5.2'], ['A.5.34', 'A.5.4']];
    for (const [s, t] of pairs) expect(index.get(`iso27001:${s}`)?.get(`iso42001:${t}`), `${s} -> ${t}`).toBe('intersects-with');
  });

  it('lists nothing as unmatched whose own rationale names a counterpart it can be related to', () => {
    const refs = unmatched.map((u) => u.ref);
    expect(refs).not.toContain('iso42001:A.5.2');
    expect(refs).not.toContain('iso42001:A.5.4');
  });

  it('gives every relation a rationale and every Annex A relation an aiGap', () => {
    for (const r of relations) {
      expect(r.rationale.trim().length, `${r.source} -> ${r.target} rationale`).toBeGreaterThan(20);
      if (isAnnexA(r.source)) {
        expect(typeof r.aiGap, `${r.source} -> ${r.target} aiGap`).toBe('string');
        expect((r.aiGap ?? '').trim().length, `${r.source} -> ${r.target} aiGap`).toBeGreaterThan(20);
      }
    }
    for (const u of unmatched) expect(u.rationale.trim().length, u.ref).toBeGreaterThan(20);
  });

  it('maps every 27001 clause to the 42001 clause with the same id', () => {
    const clauses27001 = catalogs[0]?.spec.clauses ?? [];
    expect(clauses27001).toHaveLength(41);
    for (const c of clauses27001) {
      const r = relations.find((x) => x.source === `iso27001:${c.id}` && x.target === `iso42001:${c.id}`);
      expect(r, `clause ${c.id}`).toBeDefined();
      expect(r?.type, `clause ${c.id}`).toBe('intersects-with');
    }
    // The 16 clauses with the same harmonised wording say why they still only intersect.
    const sameWording = relations.filter((r) => !isAnnexA(r.source) && r.rationale.includes('Same wording, different subject'));
    expect(sameWording).toHaveLength(16);
    for (const r of sameWording) expect(r.rationale, r.source).toContain('an audit of one does not audit the other');
    // risk assessment / treatment protect different things: never more than an intersection
    for (const id of ['6', '6.1', '6.1.1', '6.1.2', '6.1.3', '8', '8.2', '8.3']) {
      expect(index.get(`iso27001:${id}`)?.get(`iso42001:${id}`), id).toBe('intersects-with');
    }
  });

  it('lists the AI system impact assessment clauses 6.1.4 and 8.4 as unmatched', () => {
    const refs = unmatched.map((u) => u.ref);
    expect(refs).toContain('iso42001:6.1.4');
    expect(refs).toContain('iso42001:8.4');
    expect(index.has('iso42001:6.1.4')).toBe(false);
    expect(index.has('iso42001:8.4')).toBe(false);
  });

  it('accounts for every 42001 Annex A control: related or unmatched, never both', () => {
    expect(annexARefs42001).toHaveLength(38);
    const unmatchedRefs = new Set(unmatched.map((u) => u.ref));
    for (const ref of annexARefs42001) {
      const related = index.has(ref);
      expect(related || unmatchedRefs.has(ref), `${ref} is neither related nor unmatched`).toBe(true);
      expect(related && unmatchedRefs.has(ref), `${ref} is both related and unmatched`).toBe(false);
    }
    for (const ref of unmatchedRefs) expect(index.has(ref), `${ref} unmatched but related`).toBe(false);
  });

  it('has no duplicate pairs and no duplicate unmatched entries', () => {
    const keys = relations.map((r) => [r.source, r.target].sort().join(' <-> '));
    const dupes = keys.filter((k, i) => keys.indexOf(k) !== i);
    expect(dupes).toEqual([]);
    const refs = unmatched.map((u) => u.ref);
    expect(new Set(refs).size).toBe(refs.length);
  });
});
