import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { lint } from 'markdownlint-cli2/markdownlint/promise';
import { parseCsv } from '../helpers/csv.js';
import { rawRecords } from '../helpers/raw-records.js';
import { REPO_ROOT } from '../helpers/repo.js';
import { EXAMPLES, buildOutputs, type ExampleOutputs } from './outputs-fixture.js';

/**
 * markdownlint with its defaults, as GitHub-flavoured Markdown consumers read it, minus the rules
 * that judge style rather than rendering: long lines (tables and paragraphs are one line each),
 * inline HTML (`<br>` is how a table cell holds a line break), bare URLs in user text, bold lead-ins
 * (MD036) and pipe padding (MD060). Table structure (MD055, MD056, MD058) and headings stay on.
 */
const CONFIG = { default: true, MD013: false, MD033: false, MD034: false, MD036: false, MD060: false };

const outputs = new Map<string, ExampleOutputs>();
beforeAll(async () => {
  for (const e of EXAMPLES) outputs.set(e, await buildOutputs(e));
}, 120_000);

async function violations(docs: Record<string, string>, config: object = CONFIG): Promise<string[]> {
  const result = await lint({ strings: docs, config });
  return Object.entries(result).flatMap(([name, errs]) => errs.map((e) => `${name}:${e.lineNumber} ${e.ruleNames.join('/')} ${e.ruleDescription}${e.errorDetail ? ` [${e.errorDetail}]` : ''}`));
}

describe.each(EXAMPLES)('Markdown outputs of examples/%s pass markdownlint', (example) => {
  it('every Markdown page of the audit pack', async () => {
    const o = outputs.get(example)!;
    const pages = Object.fromEntries([...o.pack].filter(([p]) => p.endsWith('.md')));
    expect(Object.keys(pages).length).toBeGreaterThan(8);
    expect(await violations(pages)).toEqual([]);
  });

  it('soa --format markdown and check --format markdown', async () => {
    const o = outputs.get(example)!;
    expect(o.checkMarkdown.length).toBeGreaterThan(100);
    expect(await violations({ 'soa.md': o.soa.markdown })).toEqual([]);
    // check's Markdown is a fragment for a CI job summary, so it starts at level 2 by design.
    expect(await violations({ 'check.md': o.checkMarkdown }, { ...CONFIG, MD041: false })).toEqual([]);
  });
});

describe.each(EXAMPLES)('examples/%s: no page shows a negative age', (example) => {
  it('evidence dated after the pack date has no age, in any table cell of any page', () => {
    const pages = [...outputs.get(example)!.pack].filter(([p]) => /\.(html|md)$/.test(p));
    const negative = pages.flatMap(([p, text]) => [...text.matchAll(/(?:<td[^>]*>|\| )(-\d+)(?:<\/td>| \|)/g)].map((m) => `${p}: ${m[1]}`));
    expect(negative).toEqual([]);
  });
});

describe.each(EXAMPLES)('examples/%s: HTML pages are navigable by headings, tables and anchors', (example) => {
  const html = () => [...outputs.get(example)!.pack].filter(([p]) => p.endsWith('.html'));

  it('links only to anchors that exist on the page', () => {
    const broken = html().flatMap(([p, text]) => {
      const ids = new Set([...text.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
      return [...text.matchAll(/href="#([^"]*)"/g)].map((m) => m[1]!).filter((id) => !ids.has(id)).map((id) => `${p}#${id}`);
    });
    expect(broken).toEqual([]);
  });

  it('gives every table header cells', () => {
    const bare = html().flatMap(([p, text]) => [...text.matchAll(/<table[\s\S]*?<\/table>/g)].filter((m) => !m[0].includes('<th')).map(() => p));
    expect(bare).toEqual([]);
  });

  it('never skips a heading level', () => {
    const skips = html().flatMap(([p, text]) => {
      const levels = [...text.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));
      return levels.flatMap((l, i) => (i > 0 && l > levels[i - 1]! + 1 ? [`${p}: h${levels[i - 1]} -> h${l}`] : []));
    });
    expect([...new Set(skips)]).toEqual([]);
  });
});

describe('the markdownlint check itself', () => {
  it('catches a table row split across two lines (cells shift columns)', async () => {
    const broken = '# T\n\n| a | b |\n|---|---|\n| one | two\nstill two |\n';
    expect((await violations({ 'x.md': broken })).join('\n')).toMatch(/MD056|MD055/);
  });
});

/** Control decisions and AI systems of examples/acme-health, read without annexa, for independent figures. */
function readRecords(root: string): { controls: { implements: string[]; status: string; provider?: unknown }[]; ai: { impactAssessment?: string }[]; ias: Set<string> } {
  const all = rawRecords(root);
  return {
    controls: all.filter((r) => r.kind === 'Control').map((r) => r.spec as { implements: string[]; status: string; provider?: unknown }),
    ai: all.filter((r) => r.kind === 'AISystem').map((r) => r.spec as { impactAssessment?: string }),
    ias: new Set(all.filter((r) => r.kind === 'ImpactAssessment').map((r) => r.metadata.id)),
  };
}

describe('examples/acme-health: every output states the same coverage figures', () => {
  const records = readRecords(path.join(REPO_ROOT, 'examples/acme-health'));
  const STANDARDS = [
    { catalog: 'iso27001', title: 'ISO/IEC 27001:2022', total: 93 },
    { catalog: 'iso42001', title: 'ISO/IEC 42001:2023', total: 38 },
  ];
  const figures = STANDARDS.map((s) => {
    // An implemented record with a provider block is the provider's control (inherited or shared), not ours.
    const byRef = new Map<string, string[]>();
    for (const c of records.controls) {
      const st = c.status === 'implemented' && c.provider ? 'provided' : c.status;
      for (const ref of c.implements) if (ref.startsWith(`${s.catalog}:A.`)) byRef.set(ref, [...(byRef.get(ref) ?? []), st]);
    }
    const excluded = [...byRef.values()].filter((x) => x.every((st) => st === 'not-applicable')).length;
    const implemented = [...byRef.values()].filter((x) => x.every((st) => st === 'implemented')).length;
    const provided = [...byRef.values()].filter((x) => x.every((st) => st === 'provided')).length;
    const undecided = s.total - byRef.size;
    const applicable = byRef.size - excluded;
    const pct = Math.round(((implemented + provided) / (s.total - excluded)) * 1000) / 10;
    const third = provided ? `; ${provided} provided by a third party` : '';
    const sentence = `${pct}% implemented: ${implemented + provided} of ${s.total - excluded} (${applicable} applicable, ${undecided} undecided${third}), ${excluded} excluded`;
    return { ...s, excluded, implemented, provided, undecided, applicable, pct, sentence };
  });

  it('has the figures the example is known for (80 of 87 applicable in operation, 3 of them AWS\'s, 6 excluded)', () => {
    expect(figures[0]!.sentence).toBe('92% implemented: 80 of 87 (87 applicable, 0 undecided; 3 provided by a third party), 6 excluded');
  });

  it.each(figures.map((f) => [f.catalog, f] as const))('%s: text, Markdown, JSON, CSV and the pack agree', (_c, f) => {
    const o = outputs.get('acme-health')!;
    expect(o.soa.text).toContain(`${f.title}  ${f.sentence};`);
    expect(o.soa.markdown).toContain(`**Coverage:** ${f.sentence};`);
    const json = JSON.parse(o.soa.json) as { standards: { catalog: string; coverage: { overall: Record<string, number> } }[] };
    expect(json.standards.find((s) => s.catalog === f.catalog)!.coverage.overall).toMatchObject({
      total: f.total, implemented: f.implemented, applicable: f.applicable, noDecision: f.undecided, excluded: f.excluded, percentImplemented: f.pct,
    });
    const [header, ...rows] = parseCsv(o.soa.csv);
    const col = (name: RegExp) => header!.findIndex((h) => name.test(h));
    const mine = rows.filter((r) => r[0]!.startsWith(`${f.catalog}:`));
    expect(mine).toHaveLength(f.total);
    expect(mine.filter((r) => r[col(/^status$/i)] === 'implemented')).toHaveLength(f.implemented);
    expect(mine.filter((r) => ['inherited', 'shared'].includes(r[col(/^status$/i)]!))).toHaveLength(f.provided);
    expect(mine.filter((r) => r[col(/^applicable$/i)] === 'yes')).toHaveLength(f.applicable);
    expect(mine.filter((r) => r[col(/^applicable$/i)] === 'no')).toHaveLength(f.excluded);
    expect(o.pack.get(`markdown/soa-${f.catalog}.md`)).toContain(`**Coverage:** ${f.sentence} ·`);
    expect(o.pack.get(`soa-${f.catalog}.html`)).toContain(f.sentence.slice(f.sentence.indexOf(': ') + 2));
    expect(o.pack.get('index.html')).toContain(f.sentence);
    expect(o.pack.get('markdown/management-review.md')).toContain(f.sentence);
    // The old wording put all controls under "of": 77 of 93.
    expect(o.pack.get(`markdown/soa-${f.catalog}.md`)).not.toContain(`(${f.implemented} of ${f.total})`);
  });

  it('a theme with excluded controls shows them beside its percentage (A.7 Physical controls)', () => {
    const html = outputs.get('acme-health')!.pack.get('soa-iso27001.html')!;
    const heading = /<h2 id="A\.7">[^\n]*/.exec(html)![0];
    expect(heading).toContain('100% implemented: 9 of 9 (9 applicable, 0 undecided; 3 provided by a third party), 5 excluded');
  });

  it('the AI systems tile counts systems without an impact assessment', () => {
    const without = records.ai.filter((a) => !a.impactAssessment || !records.ias.has(a.impactAssessment)).length;
    expect(without).toBeGreaterThan(0);
    expect(outputs.get('acme-health')!.pack.get('index.html')).toContain(`${without} without impact assessment`);
  });

  it('the integrated SoA never calls a pair implemented on both sides while one side is in progress', () => {
    const md = outputs.get('acme-health')!.pack.get('markdown/soa-integrated.md')!;
    const pairs = md.split('\n').map((l) => l.split(' | ')).filter((c) => c.length === 6 && /^(intersects-with|subset-of|superset-of|equivalent-to)$/.test(c[2]!));
    expect(pairs.length).toBeGreaterThan(10);
    for (const c of pairs.filter((c) => /Both sides implemented|One implementation serves both/.test(c[5]!))) {
      expect([c[1], c[4]]).toEqual(['Implemented', 'Implemented']);
    }
    // acme-health has in-progress controls with a crosswalk partner: they show as partial, not done.
    expect(pairs.some((c) => c[1] === 'In progress' || c[4] === 'In progress')).toBe(true);
  });
});
