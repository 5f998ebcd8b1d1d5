import { afterAll, describe, expect, it } from 'vitest';
import { cleanupRepos, lint, of } from '../helpers/repo.js';
import { aiSystem, control } from './records.js';

afterAll(cleanupRepos);

const CONFIG = 'apiVersion: annexa/v1\nkind: Config\nstandards: [iso42001:2023]\n';
const chat = (route: string) => aiSystem('ai-chat', `  aiAct:\n    roles: [provider]\n    route: ${route}\n    transparency: [interaction]\n`, 'Answer patient questions');
const ids = (r: Awaited<ReturnType<typeof lint>>) => r.findings.filter((f) => f.ruleId === 'ai-act-obligation-unaddressed').map((f) => f.subject);

describe('ai-act-obligation-unaddressed', () => {
  it('reports an in-force article nothing addresses, once per system and article, with the leads to start from', async () => {
    const r = await lint({ 'annexa.yaml': CONFIG, 'ai.yaml': aiSystem('ai-cv', '  aiAct:\n    roles: [provider]\n    route: high-risk-annex-iii\n    annexIII: "4(a)"\n', 'Rank job applicants') }, 'check');
    const f = of(r.findings, 'ai-act-obligation-unaddressed');
    expect(f).toHaveLength(18); // 20 articles less Art.4 and Art.72, which have rules of their own
    expect(f.find((x) => x.message.includes('euaiact:Art.9 '))).toEqual({ at: 'ai.yaml:10:12', severity: 'error', message: 'AI system ai-cv (provider; high-risk-annex-iii 4(a)) owes euaiact:Art.9 (Risk management system) since 2026-08-02 and nothing addresses it: implement a Control for euaiact:Art.9 or a related ISO/IEC 42001 control (iso42001:6.1.2, iso42001:6.1.3, iso42001:8.2, iso42001:8.3)' });
    expect(ids(r)).not.toContain('euaiact:Art.4');
    expect(ids(r)).not.toContain('euaiact:Art.72');
  });

  it('changing a system from limited to high risk adds the high-risk provider obligations to the gate', async () => {
    const limited = await lint({ 'annexa.yaml': CONFIG, 'ai.yaml': chat('minimal') }, 'check');
    const high = await lint({ 'annexa.yaml': CONFIG, 'ai.yaml': chat('high-risk-annex-iii\n    annexIII: "5(d)"') }, 'check');
    expect(ids(limited)).toEqual([]);
    expect(ids(high).sort()).toEqual(['Art.9', 'Art.10', 'Art.11', 'Art.12', 'Art.13', 'Art.14', 'Art.15', 'Art.16', 'Art.17', 'Art.18', 'Art.19', 'Art.20', 'Art.21', 'Art.43', 'Art.47', 'Art.48', 'Art.49', 'Art.73'].map((a) => `euaiact:${a}`).sort());
    expect(high.findings.map((f) => f.ruleId)).toContain('post-market-monitoring-missing');
  });

  it('counts an implemented Control for the article, or an implemented related 42001 control, and waits for the application date', async () => {
    const device = aiSystem('ai-device', '  aiAct:\n    roles: [provider]\n    route: high-risk-annex-i\n    productLegislation: Regulation (EU) 2017/745\n');
    const before = await lint({ 'annexa.yaml': CONFIG, 'ai.yaml': device }, 'check', '2027-08-01');
    expect(ids(before)).toEqual([]);
    const after = await lint({
      'annexa.yaml': CONFIG, 'ai.yaml': device,
      'c.yaml': [control('ctl-rm', ['euaiact:Art.9'], 'implemented'), control('ctl-logs', ['iso42001:A.6.2.8'], 'implemented'), control('ctl-doc', ['euaiact:Art.11'], 'planned')].join('---\n'),
    }, 'check', '2027-08-02');
    expect(ids(after)).not.toContain('euaiact:Art.9');
    expect(ids(after)).not.toContain('euaiact:Art.12');
    expect(ids(after)).toContain('euaiact:Art.11');
  });
});
