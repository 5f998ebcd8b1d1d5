import { afterAll, describe, expect, it } from 'vitest';
import { cleanupRepos, lint, of } from '../helpers/repo.js';
import { aiSystem, control, evidence } from './records.js';

afterAll(cleanupRepos);

const CONFIG = 'apiVersion: annexa/v1\nkind: Config\nstandards: [iso42001:2023]\n';
const hr = (id: string, roles: string, extra = '') => aiSystem(id, `  aiAct:\n    roles: [${roles}]\n    route: high-risk-annex-iii\n    annexIII: "5(d)"\n${extra}`, 'Triage emergency calls');

describe('post-market-monitoring-missing', () => {
  it('reports high-risk systems the organisation provides without a monitoring plan; deployers owe none', async () => {
    const r = await lint({
      'annexa.yaml': CONFIG,
      'ai.yaml': [hr('ai-a', 'provider'), hr('ai-b', 'provider', '    postMarketMonitoring: ev-nope\n'), hr('ai-c', 'provider', '    postMarketMonitoring: ev-pmm\n'), hr('ai-d', 'deployer')].join('---\n'),
      'ev.yaml': evidence('ev-pmm'),
    }, 'check');
    expect(of(r.findings, 'post-market-monitoring-missing')).toEqual([
      { at: 'ai.yaml:10:12', severity: 'error', message: 'AI system ai-a is a high-risk system the organisation provides, and since 2026-08-02 needs a post-market monitoring plan (euaiact:Art.72): name the plan\'s Evidence in spec.aiAct.postMarketMonitoring or implement a Control for euaiact:Art.72' },
      { at: 'ai.yaml:24:27', severity: 'error', message: 'AI system ai-b is a high-risk system the organisation provides, and since 2026-08-02 needs a post-market monitoring plan (euaiact:Art.72), but Evidence ev-nope does not exist: name the plan\'s Evidence in spec.aiAct.postMarketMonitoring or implement a Control for euaiact:Art.72' },
    ]);
  });

  it('accepts an implemented Control for Article 72, but not monitoring under 42001 A.6.2.6 alone', async () => {
    const run = (ref: string) => lint({ 'annexa.yaml': CONFIG, 'ai.yaml': hr('ai-a', 'provider'), 'c.yaml': control('ctl-pmm', [ref], 'implemented') }, 'check');
    expect(of((await run('euaiact:Art.72')).findings, 'post-market-monitoring-missing')).toEqual([]);
    expect(of((await run('iso42001:A.6.2.6')).findings, 'post-market-monitoring-missing')).toHaveLength(1);
  });
});
