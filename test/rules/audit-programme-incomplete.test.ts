import { afterAll, describe, expect, it } from 'vitest';
import { cleanupRepos, lint, of } from '../helpers/repo.js';
import { CONFIG_27001 } from '../helpers/repo.js';
import { control } from './records.js';
import { programme } from './ms-records.js';

afterAll(cleanupRepos);

const CLAUSES = "['iso27001:4', 'iso27001:5', 'iso27001:6', 'iso27001:7', 'iso27001:8', 'iso27001:9']";

describe('audit-programme-incomplete', () => {
  it('names clauses and applicable controls no audit in the cycle covers; audits after the cycle do not count', async () => {
    const r = await lint({
      'annexa.yaml': CONFIG_27001,
      'c.yaml': control('ctl-a', ['iso27001:A.5.1', 'iso27001:A.8.15', 'iso27001:A.8.16'], 'planned') + '---\n' + control('ctl-na', ['iso27001:A.7.1'], 'not-applicable', '  justification: No premises of our own\n'),
      'ap.yaml': programme('ap-1', `    - {id: a1, planned: 2026-10-01, scope: ${CLAUSES}}\n    - {id: a2, planned: 2027-10-01, scope: ['iso27001:A.8', 'iso27001:9.2.1']}\n    - {id: a3, planned: 2029-02-01, scope: ['iso27001:10', 'iso27001:A.5']}\n`),
    }, 'check');
    expect(of(r.findings, 'audit-programme-incomplete')).toEqual([
      { at: 'ap.yaml:10:5', severity: 'error', message: 'AuditProgramme ap-1 (2026-01-01 to 2029-01-01) leaves iso27001:2022 clauses 10.1, 10.2 and 1 applicable control (A.5.1) unaudited' },
    ]);
  });

  it('is silent when the cycle covers every clause and applicable control', async () => {
    const r = await lint({
      'annexa.yaml': CONFIG_27001,
      'c.yaml': control('ctl-a', ['iso27001:A.5.1'], 'planned'),
      'ap.yaml': programme('ap-1', "    - {id: a1, planned: 2026-10-01, scope: ['iso27001:4', 'iso27001:5', 'iso27001:6', 'iso27001:7', 'iso27001:8', 'iso27001:9', 'iso27001:10', 'iso27001:A']}\n"),
    }, 'check');
    expect(of(r.findings, 'audit-programme-incomplete')).toEqual([]);
  });
});
