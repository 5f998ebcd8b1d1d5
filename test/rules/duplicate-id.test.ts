import { afterAll, describe, expect, it } from 'vitest';
import { cleanupRepos, lint, of } from '../helpers/repo.js';
import { head } from './records.js';

afterAll(cleanupRepos);

describe('duplicate-id', () => {
  it('reports the second declaration of an id, per kind, across files and documents', async () => {
    const p = head('Policy', 'pol-1') + 'spec: {}\n';
    const r = await lint({ 'a.yaml': p, 'b.yaml': head('Risk', 'pol-1') + 'spec: {domain: security, likelihood: 1, impact: 1}\n---\n' + p });
    expect(of(r.findings, 'duplicate-id')).toEqual([{ at: 'b.yaml:11:7', severity: 'error', message: 'Policy id "pol-1" is already declared in a.yaml (document 1)' }]);
  });
});
