import { afterAll, describe, expect, it } from 'vitest';
import { cleanupRepos, lint, of } from '../helpers/repo.js';
import { aiSystem, control, evidence } from './records.js';

afterAll(cleanupRepos);

const CONFIG = 'apiVersion: annexa/v1\nkind: Config\nstandards: [iso42001:2023]\n';
const bot = (id: string, extra = '') => aiSystem(id, `  aiAct:\n    roles: [provider, deployer]\n    route: minimal\n    transparency: [interaction, synthetic-content]\n${extra}`, 'Chat with patients');

describe('transparency-notice-missing', () => {
  it('reports Article 50 systems without a notice, an implemented A.8.2 or an Art.50 control', async () => {
    const r = await lint({ 'annexa.yaml': CONFIG, 'ai.yaml': [bot('ai-bot'), bot('ai-noticed', '    transparencyNotice: ev-notice\n')].join('---\n'), 'ev.yaml': evidence('ev-notice') }, 'check');
    expect(of(r.findings, 'transparency-notice-missing')).toEqual([
      { at: 'ai.yaml:11:19', severity: 'error', message: 'AI system ai-bot has Article 50 duties (interaction, synthetic-content) since 2026-08-02 but no transparency notice: implement iso42001:A.8.2 or euaiact:Art.50, or name the notice Evidence in spec.aiAct.transparencyNotice' },
    ]);
  });

  it('accepts implemented user information (42001 A.8.2), not a planned one, and waits for the date', async () => {
    const withA82 = (status: string) => ({ 'annexa.yaml': CONFIG, 'ai.yaml': bot('ai-bot'), 'c.yaml': control('ctl-info', ['iso42001:A.8.2'], status) });
    expect(of((await lint(withA82('implemented'), 'check')).findings, 'transparency-notice-missing')).toEqual([]);
    expect(of((await lint(withA82('planned'), 'check')).findings, 'transparency-notice-missing')).toHaveLength(1);
    expect(of((await lint(withA82('planned'), 'check', '2026-08-01')).findings, 'transparency-notice-missing')).toEqual([]);
  });

  it('reads a legacy limited-tier provider as an Article 50 system; a deployer-only chatbot owes no Article 50(1) notice', async () => {
    const legacy = aiSystem('ai-legacy', '  role: provider\n  riskTier: limited\n');
    const deployerOnly = aiSystem('ai-dep', '  aiAct:\n    roles: [deployer]\n    route: minimal\n    transparency: [interaction]\n');
    const r = await lint({ 'annexa.yaml': CONFIG, 'ai.yaml': [legacy, deployerOnly].join('---\n') }, 'check');
    expect(of(r.findings, 'transparency-notice-missing').map((f) => f.at)).toEqual(['ai.yaml:9:13']);
  });
});
