import { afterAll, describe, expect, it } from 'vitest';
import { cleanupRepos, lint, of } from '../helpers/repo.js';
import { control, evidence, head } from './records.js';

afterAll(cleanupRepos);

describe('dangling-reference', () => {
  it('reports references to records that do not exist, with a hint', async () => {
    const r = await lint({
      'c.yaml': control('ctl-1', ['iso27001:A.5.1'], 'implemented', '  evidence: [ev-acess-review]\n  policies: [pol-none]\n'),
      'e.yaml': evidence('ev-access-review'),
      'ai.yaml': head('AISystem', 'ai-1') + 'spec: {purpose: triage, riskTier: high, impactAssessment: ia-1}\n',
      'ia.yaml': head('ImpactAssessment', 'ia-2') + 'spec: {aiSystem: ai-one}\n',
      'r.yaml': head('Risk', 'r-1') + 'spec: {domain: ai, likelihood: 2, impact: 3, aiSystems: [ai-1, ai-2]}\n',
    });
    expect(of(r.findings, 'dangling-reference')).toEqual([
      { at: 'ai.yaml:6:59', severity: 'error', message: 'AISystem ai-1 refers to ImpactAssessment "ia-1", which does not exist (did you mean "ia-2"?)' },
      { at: 'c.yaml:9:14', severity: 'error', message: 'Control ctl-1 refers to Evidence "ev-acess-review", which does not exist (did you mean "ev-access-review"?)' },
      { at: 'c.yaml:10:14', severity: 'error', message: 'Control ctl-1 refers to Policy "pol-none", which does not exist' },
      { at: 'ia.yaml:6:18', severity: 'error', message: 'ImpactAssessment ia-2 refers to AISystem "ai-one", which does not exist' },
      { at: 'r.yaml:6:64', severity: 'error', message: 'Risk r-1 refers to AISystem "ai-2", which does not exist (did you mean "ai-1"?)' },
    ]);
  });

  it('reports a broken reference in the same run as a schema error of the same record, never twice at one place', async () => {
    const r = await lint({
      // status "done" is not a status (schema); ev-missing does not exist (reference); 42 is not an id (schema only).
      'c.yaml': control('ctl-1', ['iso27001:A.5.1', 'iso27001:A5.2'], 'done', '  evidence: [ev-missing, 42]\n'),
    });
    expect(r.findings.map((f) => `${f.ruleId} ${f.location.line}:${f.location.column}`)).toEqual([
      'unknown-control-ref 7:32', 'schema 8:11', 'dangling-reference 9:14', 'schema 9:26',
    ]);
    expect(of(r.findings, 'dangling-reference')).toEqual([
      { at: 'c.yaml:9:14', severity: 'error', message: 'Control ctl-1 refers to Evidence "ev-missing", which does not exist' },
    ]);
    const places = r.findings.map((f) => `${f.location.line}:${f.location.column}`);
    expect(new Set(places).size).toBe(places.length);
  });
});
