import { afterAll, describe, expect, it } from 'vitest';
import { cleanupRepos, lint, of } from '../helpers/repo.js';
import { control, head } from './records.js';

afterAll(cleanupRepos);

const risk = (id: string, status: string, due: string) =>
  head('Risk', id) + `spec:\n  domain: security\n  likelihood: 2\n  impact: 2\n  owner: CISO\n  treatment:\n    option: mitigate\n    controls: [iso27001:A.8.7]\n    dueDate: ${due}\n  status: ${status}\n`;

describe('plan-overdue', () => {
  it('reports planned controls without owner or date, late planned/in-progress controls and late open risk treatments', async () => {
    const r = await lint({
      'c.yaml': [
        control('c-bare', ['iso27001:A.8.7'], 'planned'),
        control('c-no-date', ['iso27001:A.8.8'], 'planned', '  owner: IT\n'),
        control('c-late', ['iso27001:A.8.9'], 'in-progress', '  owner: IT\n  targetDate: 2026-10-31\n'),
        control('c-on-time', ['iso27001:A.8.10'], 'planned', '  owner: IT\n  targetDate: 2027-01-31\n'),
        control('c-done', ['iso27001:A.8.11'], 'implemented', '  targetDate: 2020-01-01\n'),
      ].join('---\n'),
      'r.yaml': [risk('r-late', 'open', '2026-11-01'), risk('r-treated', 'treated', '2026-11-01'), risk('r-future', 'open', '2027-11-01')].join('---\n'),
    }, 'check');
    expect(of(r.findings, 'plan-overdue')).toEqual([
      { at: 'c.yaml:8:11', severity: 'error', message: 'Control c-bare is planned without an owner (spec.owner) and a target date (spec.targetDate)' },
      { at: 'c.yaml:17:11', severity: 'error', message: 'Control c-no-date is planned without a target date (spec.targetDate)' },
      { at: 'c.yaml:29:15', severity: 'error', message: 'Control c-late is still in-progress, 23 days past its target date 2026-10-31' },
      { at: 'r.yaml:14:14', severity: 'error', message: 'Risk r-late: its treatment plan was due on 2026-11-01 (22 days ago) and the risk is still open' },
    ]);
  });
});
