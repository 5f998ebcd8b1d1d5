/** Obligations per AI system: roles x route -> articles, dates from catalogs/euaiact-obligations.yaml, and what addresses them. */
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupRepos, lint } from '../helpers/repo.js';
import { aiActView } from '../../src/analysis/ai-act.js';
import { aiSystem, control } from '../rules/records.js';

afterAll(cleanupRepos);

const CONFIG = 'apiVersion: annexa/v1\nkind: Config\nstandards: [iso42001:2023]\n';
const articles = async (files: Record<string, string>, today = '2026-11-23') => {
  const r = await lint({ 'annexa.yaml': CONFIG, ...files }, 'validate', today);
  expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
  return Object.fromEntries(aiActView(r.model, r.catalogs, today).map((s) => [s.id, s.obligations.map((o) => `${o.ref.slice(8)}${o.inForce ? '' : ` from ${o.appliesFrom}`}`)]));
};

const chatbot = aiSystem('ai-chat', '  aiAct:\n    roles: [deployer]\n    route: minimal\n    transparency: [interaction]\n', 'Answer customer questions');
const cvScreening = aiSystem('ai-cv', '  aiAct:\n    roles: [provider]\n    route: high-risk-annex-iii\n    annexIII: "4(a)"\n', 'Rank job applicants');

describe('AI Act obligations per system', () => {
  it('gives a deployer-only chatbot and a provider of an Annex III high-risk system different article lists', async () => {
    expect(await articles({ 'ai.yaml': [chatbot, cvScreening].join('---\n') })).toEqual({
      // Article 50(1) binds the chatbot's provider, not a deployer: only AI literacy is left.
      'ai-chat': ['Art.4'],
      'ai-cv': ['Art.4', 'Art.9', 'Art.10', 'Art.11', 'Art.12', 'Art.13', 'Art.14', 'Art.15', 'Art.16', 'Art.17', 'Art.18', 'Art.19', 'Art.20', 'Art.21', 'Art.43', 'Art.47', 'Art.48', 'Art.49', 'Art.72', 'Art.73'],
    });
  });

  it('dates high risk through Annex I product legislation a year later than Annex III', async () => {
    const device = aiSystem('ai-device', '  aiAct:\n    roles: [provider, deployer]\n    route: high-risk-annex-i\n    productLegislation: Regulation (EU) 2017/745 (medical devices)\n    transparency: [interaction]\n');
    const r = await articles({ 'ai.yaml': device });
    expect(r['ai-device']!.slice(0, 3)).toEqual(['Art.4', 'Art.9 from 2027-08-02', 'Art.10 from 2027-08-02']);
    expect(r['ai-device']).toContain('Art.26 from 2027-08-02');
    expect(r['ai-device']).toContain('Art.50');
  });

  it('adds the fundamental rights impact assessment only for deployers in Article 27 scope', async () => {
    const credit = aiSystem('ai-credit', '  aiAct:\n    roles: [deployer]\n    route: high-risk-annex-iii\n    annexIII: "5(b)"\n');
    const grid = aiSystem('ai-grid', '  aiAct:\n    roles: [deployer]\n    route: high-risk-annex-iii\n    annexIII: "2"\n    publicService: true\n');
    const hr = aiSystem('ai-hr', '  aiAct:\n    roles: [deployer]\n    route: high-risk-annex-iii\n    annexIII: "4(a)"\n');
    const r = await articles({ 'ai.yaml': [credit, grid, hr].join('---\n') });
    expect(r['ai-credit']).toEqual(['Art.4', 'Art.25', 'Art.26', 'Art.27', 'Art.86']);
    expect(r['ai-grid']).toEqual(['Art.4', 'Art.25', 'Art.26', 'Art.49', 'Art.86']);
    expect(r['ai-hr']).toEqual(['Art.4', 'Art.25', 'Art.26', 'Art.86']);
  });

  it('reads older records (riskTier, one role) with stated assumptions', async () => {
    const r = await lint({ 'annexa.yaml': CONFIG, 'ai.yaml': aiSystem('ai-old', '  role: provider\n  riskTier: limited\n') });
    const [v] = aiActView(r.model, r.catalogs, '2026-11-23');
    expect(v!.classification).toMatchObject({ roles: ['provider'], route: 'minimal', tags: ['minimal', 'art50-interaction'], legacy: true });
    expect(v!.obligations.map((o) => o.ref)).toEqual(['euaiact:Art.4', 'euaiact:Art.50']);
    expect(v!.classification.notes[0]).toMatch(/add spec.aiAct/);
  });

  it('says what addresses each article: direct Controls and Policies, else implemented 42001 controls through the crosswalk', async () => {
    const r = await lint({
      'annexa.yaml': CONFIG,
      'ai.yaml': cvScreening,
      'c.yaml': [control('ctl-rm', ['euaiact:Art.9'], 'implemented'), control('ctl-logs', ['iso42001:A.6.2.8'], 'implemented'), control('ctl-qms', ['euaiact:Art.17'], 'planned')].join('---\n'),
    });
    const [v] = aiActView(r.model, r.catalogs, '2026-11-23');
    const by = (a: string) => v!.obligations.find((o) => o.ref === `euaiact:${a}`)!;
    expect(by('Art.9')).toMatchObject({ state: 'addressed', direct: [{ kind: 'Control', id: 'ctl-rm', status: 'implemented', via: 'spec.implements' }] });
    expect(by('Art.12')).toMatchObject({ state: 'suggested', direct: [], leads: [{ ref: 'iso42001:A.6.2.8', status: 'implemented', implementedBy: ['ctl-logs'] }] });
    expect(by('Art.17').state).toBe('open'); // a planned Control is not yet an answer
    expect(v!.counts).toEqual({ applicable: 20, inForce: 20, addressed: 1, suggested: 2, open: 17 });
  });

  it('lists nothing for a retired system', async () => {
    expect(await articles({ 'ai.yaml': aiSystem('ai-gone', '  lifecycleStage: retired\n  aiAct:\n    roles: [provider]\n    route: high-risk-annex-iii\n    annexIII: "4(a)"\n') })).toEqual({ 'ai-gone': [] });
  });
});
