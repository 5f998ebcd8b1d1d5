/** `annexa ai-act` and `annexa ai-rmf` on examples/acme-health, in-process; figures derived from the records. */
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { ACME, cleanupRepos, makeRepo } from '../helpers/repo.js';
import { aiSystem } from '../rules/records.js';

afterAll(cleanupRepos);

const TODAY = ['--today', '2026-11-23'];

describe('annexa ai-act', () => {
  it('lists per system the articles its roles and route bring, with dates and what the repo holds (json)', async () => {
    const r = await runCli(['ai-act', '-d', ACME, '-f', 'json', ...TODAY]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.notice).toMatch(/not a harmonised standard/);
    const by = Object.fromEntries(j.systems.map((s: any) => [s.id, s]));
    expect(Object.keys(by)).toEqual(['ai-code-assistant', 'ai-symptom-chat', 'ai-triage']);
    expect(by['ai-code-assistant'].obligations.map((o: any) => o.ref)).toEqual(['euaiact:Art.4']);
    expect(by['ai-symptom-chat'].obligations.map((o: any) => [o.ref, o.state])).toEqual([['euaiact:Art.4', 'addressed'], ['euaiact:Art.50', 'addressed']]);
    // The triage assistant is a medical device (Annex I): its high-risk duties apply from 2027-08-02, not yet in force.
    const triage = by['ai-triage'];
    expect(triage.classification).toMatchObject({ roles: ['provider', 'deployer'], route: 'high-risk-annex-i', legacy: false });
    const art9 = triage.obligations.find((o: any) => o.ref === 'euaiact:Art.9');
    expect(art9).toMatchObject({ appliesFrom: '2027-08-02', inForce: false, roles: ['provider'] });
    const art72 = triage.obligations.find((o: any) => o.ref === 'euaiact:Art.72');
    expect(art72.direct).toEqual([{ kind: 'Control', id: 'ctl-triage-post-market-monitoring', status: 'in-progress', via: 'spec.implements' }, { kind: 'Evidence', id: 'ev-triage-pms-plan', via: 'spec.aiAct.postMarketMonitoring' }]);
    // Counts are the obligations' states, recounted here.
    const n = (st: string) => triage.obligations.filter((o: any) => o.state === st).length;
    expect(triage.counts).toEqual({ applicable: triage.obligations.length, inForce: 1, addressed: n('addressed'), suggested: n('suggested'), open: n('open') });
  });

  it('shows one system as text or markdown, and refuses an unknown one with a hint', async () => {
    const t = await runCli(['ai-act', 'ai-symptom-chat', '-d', ACME, ...TODAY]);
    expect(t.code).toBe(0);
    expect(t.stdout).toContain('ai-symptom-chat  Patient Symptom Chatbot\n  provider, deployer · minimal · art50-interaction, art50-synthetic-content\n');
    expect(t.stdout).not.toContain('ai-triage');
    const m = await runCli(['ai-act', 'ai-triage', '-d', ACME, '-f', 'markdown', ...TODAY]);
    expect(m.stdout).toContain('| euaiact:Art.9 | Risk management system | provider | open, applies from 2027-08-02 |');
    expect(await runCli(['ai-act', 'ai-triag', '-d', ACME])).toMatchObject({ code: 2, stderr: 'annexa: unknown AI system "ai-triag" (did you mean "ai-triage"?)\n' });
  });

  it('adds the high-risk provider articles when a system moves from limited to high risk', async () => {
    const cfg = 'apiVersion: annexa/v1\nkind: Config\nstandards: [iso42001:2023]\n';
    const run = async (tier: string) => JSON.parse((await runCli(['ai-act', '-d', makeRepo({ 'annexa.yaml': cfg, 'ai.yaml': aiSystem('ai-x', `  role: provider\n  riskTier: ${tier}\n`) }), '-f', 'json', ...TODAY])).stdout).systems[0].obligations.map((o: any) => o.ref);
    const [limited, high] = [await run('limited'), await run('high')];
    expect(limited).toEqual(['euaiact:Art.4', 'euaiact:Art.50']);
    expect(high.filter((r: string) => !limited.includes(r))).toEqual(['Art.9', 'Art.10', 'Art.11', 'Art.12', 'Art.13', 'Art.14', 'Art.15', 'Art.16', 'Art.17', 'Art.18', 'Art.19', 'Art.20', 'Art.21', 'Art.43', 'Art.47', 'Art.48', 'Art.49', 'Art.72', 'Art.73'].map((a) => `euaiact:${a}`));
  });
});

describe('annexa ai-rmf', () => {
  it('answers every subcategory from the 42001 implementation, as json, csv and markdown', async () => {
    const j = JSON.parse((await runCli(['ai-rmf', ACME, '-f', 'json', ...TODAY])).stdout);
    expect(j.subcategories).toHaveLength(72);
    const gv16 = j.subcategories.find((s: any) => s.ref === 'nist-ai-rmf:GOVERN-1.6');
    expect(gv16.leads.map((l: any) => l.ref)).toEqual(['iso42001:4.3', 'iso42001:A.4.2']);
    for (const s of j.subcategories) {
      const implemented = s.leads.some((l: any) => l.status === 'implemented');
      expect(s.state, s.ref).toBe(s.direct.length > 0 ? 'addressed' : implemented ? 'suggested' : 'open');
    }
    const csv = (await runCli(['ai-rmf', ACME, '-f', 'csv', ...TODAY])).stdout.split('\r\n');
    expect(csv[0]).toBe('subcategory,function,category,title,state,direct,related_42001,implemented_by');
    expect(csv).toHaveLength(74); // header, 72 rows, final newline
    expect(csv[1]).toMatch(/^GOVERN-1\.1,GOVERN,GOVERN-1,Legal and regulatory requirements,/);
    const md = (await runCli(['ai-rmf', ACME, '-f', 'markdown', ...TODAY])).stdout;
    const open = j.subcategories.filter((s: any) => s.state === 'open').length;
    expect(md).toContain(`, ${open} open.`);
    expect(md).toContain('## MANAGE');
  });
});
