import { afterAll, describe, expect, it } from 'vitest';
import { cleanupRepos, lint, of } from '../helpers/repo.js';
import { nonconformity } from './ms-records.js';

afterAll(cleanupRepos);

const action = (due: string, state: string) => `    - {description: Connect SSO, owner: IT, due: ${due}, state: ${state}}\n`;

describe('nonconformity-overdue', () => {
  it('reports actions of open nonconformities past their due date and not done', async () => {
    const r = await lint({
      'nc.yaml': [
        nonconformity('nc-1', '  actions:\n' + action('2026-11-01', 'open') + action('2026-11-01', 'done') + action('2026-11-23', 'open') + action('2026-11-22', 'in-progress')),
        nonconformity('nc-closed', '  actions:\n' + action('2026-01-01', 'open') + '  closed: 2026-02-01\n'),
      ].join('---\n'),
    }, 'check');
    expect(of(r.findings, 'nonconformity-overdue')).toEqual([
      { at: 'nc.yaml:11:50', severity: 'error', message: 'Nonconformity nc-1: action "Connect SSO" (IT) was due on 2026-11-01 and is open (22 days overdue)' },
      { at: 'nc.yaml:14:50', severity: 'error', message: 'Nonconformity nc-1: action "Connect SSO" (IT) was due on 2026-11-22 and is in-progress (1 day overdue)' },
    ]);
  });
});
