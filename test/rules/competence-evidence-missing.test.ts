import { afterAll, describe, expect, it } from 'vitest';
import { cleanupRepos, lint, of } from '../helpers/repo.js';
import { evidence } from './records.js';
import { role } from './ms-records.js';

afterAll(cleanupRepos);

describe('competence-evidence-missing', () => {
  it('reports roles that require competence but name no evidence of it', async () => {
    const r = await lint({
      'r.yaml': [
        role('role-ciso', '  competence: [CISSP, 10 years in security]\n'),
        role('role-dpo', '  competence: [Data protection law]\n  competenceEvidence: [ev-cv]\n'),
        role('role-staff', '  awarenessEvidence: [ev-cv]\n'),
      ].join('---\n'),
      'e.yaml': evidence('ev-cv'),
    }, 'check');
    expect(of(r.findings, 'competence-evidence-missing')).toEqual([
      { at: 'r.yaml:8:15', severity: 'error', message: 'Role role-ciso requires competence (CISSP; 10 years in security) but names no competenceEvidence for its holders' },
    ]);
  });
});
