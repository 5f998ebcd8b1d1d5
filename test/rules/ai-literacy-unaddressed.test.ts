import { afterAll, describe, expect, it } from 'vitest';
import { cleanupRepos, lint, of } from '../helpers/repo.js';
import { aiSystem, control, head } from './records.js';

afterAll(cleanupRepos);

const CONFIG = 'apiVersion: annexa/v1\nkind: Config\nstandards: [iso42001:2023]\n';
const sys = (id: string, roles: string) => aiSystem(id, `  aiAct:\n    roles: [${roles}]\n    route: minimal\n`);
const systems = [sys('ai-a', 'deployer'), sys('ai-b', 'provider'), sys('ai-c', 'importer')].join('---\n');

describe('ai-literacy-unaddressed', () => {
  it('reports once for the organisation, naming the systems provided or deployed', async () => {
    const r = await lint({ 'annexa.yaml': CONFIG, 'ai.yaml': systems }, 'check');
    expect(of(r.findings, 'ai-literacy-unaddressed')).toEqual([
      { at: 'ai.yaml:10:12', severity: 'error', message: '2 AI system(s) (ai-a, ai-b) are provided or deployed but nothing addresses AI literacy (euaiact:Art.4, since 2025-02-02): implement a Control for euaiact:Art.4 or one of iso42001:7.2, iso42001:7.3, iso42001:A.4.6' },
    ]);
  });

  it('is satisfied by a Policy naming Article 4, or an implemented competence control of 42001', async () => {
    const policy = `${head('Policy', 'pol-ai-literacy')}spec:\n  addresses: [euaiact:Art.4]\n`;
    expect(of((await lint({ 'annexa.yaml': CONFIG, 'ai.yaml': systems, 'p.yaml': policy }, 'check')).findings, 'ai-literacy-unaddressed')).toEqual([]);
    expect(of((await lint({ 'annexa.yaml': CONFIG, 'ai.yaml': systems, 'c.yaml': control('ctl-training', ['iso42001:7.2'], 'implemented') }, 'check')).findings, 'ai-literacy-unaddressed')).toEqual([]);
  });
});
