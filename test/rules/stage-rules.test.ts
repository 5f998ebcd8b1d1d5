import { afterAll, describe, expect, it } from 'vitest';
import { cleanupRepos, lint, of } from '../helpers/repo.js';
import { head } from './records.js';

afterAll(cleanupRepos);

describe('model-stage rules: unknown-api-version, unknown-kind, schema', () => {
  it('reports a wrong or missing apiVersion on annexa documents', async () => {
    const r = await lint({ 'a.yaml': 'apiVersion: annexa/v2\nkind: Policy\n---\nkind: Control\nmetadata: {id: c, title: t}\n' });
    expect(of(r.findings, 'unknown-api-version')).toEqual([
      { at: 'a.yaml:1:13', severity: 'error', message: 'apiVersion "annexa/v2": annexa reads documents with apiVersion annexa/v1' },
      { at: 'a.yaml:4:1', severity: 'error', message: 'no apiVersion: annexa reads documents with apiVersion annexa/v1' },
    ]);
  });

  it('leaves other tools\' YAML alone and counts it', async () => {
    const r = await lint({
      'docker-compose.yml': 'services:\n  web:\n    image: nginx\n',
      'k8s.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\n',
    });
    expect(r.findings).toEqual([]);
    expect(r.skipped).toBe(2);
  });

  it('reports an unknown kind with a did-you-mean', async () => {
    const r = await lint({ 'k.yaml': 'apiVersion: annexa/v1\nkind: Controll\nmetadata: {id: a, title: b}\n' });
    expect(of(r.findings, 'unknown-kind')).toEqual([
      { at: 'k.yaml:2:7', severity: 'error', message: 'unknown kind "Controll"; expected one of Control, Evidence, Risk, AISystem, ImpactAssessment, Policy, Scope, ContextIssue, InterestedParty, Objective, Role, AuditProgramme, InternalAudit, Nonconformity, ManagementReview (did you mean "Control"?)' },
    ]);
  });

  it('reports schema violations at the offending key or value, with hints', async () => {
    const r = await lint({
      's.yaml': head('Control', 'ctl-1') + 'spec:\n  implements: [iso27001:A.5.1]\n  status: implemnted\n  evidnce: [ev-1]\n---\n' + head('Evidence', 'ev-1') + 'spec:\n  collected: 2026-13-01\n',
    });
    expect(of(r.findings, 'schema')).toEqual([
      { at: 's.yaml:8:11', severity: 'error', message: 'Control ctl-1: spec.status must be one of planned, in-progress, implemented, not-applicable (got "implemnted"); did you mean "implemented"?' },
      { at: 's.yaml:9:3', severity: 'error', message: 'Control ctl-1: spec has unknown property "evidnce" (did you mean "evidence"?)' },
      { at: 's.yaml:16:1', severity: 'error', message: 'Evidence ev-1: spec must have one of: path, url' },
      { at: 's.yaml:17:14', severity: 'error', message: 'Evidence ev-1: spec.collected must be a valid date (YYYY-MM-DD) (got "2026-13-01")' },
    ]);
  });
});
