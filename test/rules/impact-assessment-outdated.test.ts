import { afterAll, describe, expect, it } from 'vitest';
import { cleanupRepos, lint, of } from '../helpers/repo.js';
import { aiSystem, head } from './records.js';

afterAll(cleanupRepos);

const ia = (id: string, system: string, extra: string) => head('ImpactAssessment', id) + `spec:\n  aiSystem: ${system}\n${extra}`;
const CHANGED = `  riskTier: limited
  version: "3.2"
  changes:
    - {date: 2026-03-01, version: "3.1", description: German-language questionnaire}
    - {date: 2026-08-10, version: "3.2", description: new text encoder model}
`;

describe('impact-assessment-outdated', () => {
  it('reports assessments performed before the latest model or version change, or of another version', async () => {
    const r = await lint({
      'ai.yaml': [aiSystem('ai-changed', CHANGED), aiSystem('ai-versioned', '  riskTier: limited\n  version: "2.0"\n'), aiSystem('ai-fresh', CHANGED)].join('---\n'),
      'ia.yaml': [
        ia('ia-changed', 'ai-changed', '  performed: 2026-07-14\n'),
        ia('ia-versioned', 'ai-versioned', '  performed: 2026-07-14\n  systemVersion: "1.4"\n'),
        ia('ia-fresh', 'ai-fresh', '  performed: 2026-09-01\n  systemVersion: "3.2"\n'),
        ia('ia-superseded', 'ai-changed', '  performed: 2025-01-01\n  status: superseded\n'),
      ].join('---\n'),
    }, 'check');
    expect(of(r.findings, 'impact-assessment-outdated')).toEqual([
      { at: 'ia.yaml:8:14', severity: 'error', message: 'Impact assessment ia-changed was performed on 2026-07-14, before ai-changed changed on 2026-08-10 (new text encoder model, version 3.2); re-assess the system' },
      { at: 'ia.yaml:18:18', severity: 'error', message: 'Impact assessment ia-versioned assessed ai-versioned version 1.4, but version 2.0 is in use; re-assess the system' },
    ]);
  });
});
