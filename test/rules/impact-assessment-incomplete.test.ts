import { afterAll, describe, expect, it } from 'vitest';
import { cleanupRepos, lint, of } from '../helpers/repo.js';
import { aiSystem, head } from './records.js';

afterAll(cleanupRepos);

const ia = (id: string, spec: string) => head('ImpactAssessment', id) + `spec:\n  aiSystem: ai-chat\n${spec}`;
const FULL = `  affected: {individuals: [patients]}
  impacts:
    - {description: A wrong answer delays care, affects: individuals, severity: high}
  performed: 2026-05-20
  approval: {by: AI board, date: 2026-06-03}
`;

describe('impact-assessment-incomplete', () => {
  it('reports stub assessments: no performed date, no impacts or affected people, no approval', async () => {
    const r = await lint({
      'ai.yaml': aiSystem('ai-chat', '  riskTier: limited\n'),
      'ia.yaml': [
        ia('ia-stub', '  status: approved\n'),
        ia('ia-unapproved', FULL.replace('  approval: {by: AI board, date: 2026-06-03}\n', '')),
        ia('ia-full', FULL),
        ia('ia-old', '  status: superseded\n'),
      ].join('---\n'),
    }, 'check');
    expect(of(r.findings, 'impact-assessment-incomplete')).toEqual([
      { at: 'ia.yaml:4:7', severity: 'error', message: 'Impact assessment ia-stub of ai-chat is incomplete: it lacks the date it was performed (spec.performed), impacts on individuals, groups or society (spec.impacts), who is affected (spec.affected), an approval with by and date (spec.approval)' },
      { at: 'ia.yaml:13:7', severity: 'error', message: 'Impact assessment ia-unapproved of ai-chat is incomplete: it lacks an approval with by and date (spec.approval)' },
    ]);
  });
});
