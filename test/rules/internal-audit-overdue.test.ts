import { afterAll, describe, expect, it } from 'vitest';
import { cleanupRepos, lint, of } from '../helpers/repo.js';
import { CONFIG_27001 } from '../helpers/repo.js';
import { audit, programme } from './ms-records.js';

afterAll(cleanupRepos);

const planned = (id: string, date: string) => `    - {id: ${id}, planned: ${date}, scope: ['iso27001:4']}\n`;

describe('internal-audit-overdue', () => {
  it('reports a last audit older than the interval and planned audits not held', async () => {
    const r = await lint({
      'annexa.yaml': CONFIG_27001,
      'ap.yaml': programme('ap-1', planned('ia-2025', '2025-10-01') + planned('ia-2026', '2026-10-01') + planned('ia-2027', '2027-10-01'), '2025-01-01'),
      'ia.yaml': audit('ia-held-2025', '2025-10-02', '  programme: ap-1\n  plannedAudit: ia-2025\n'),
    }, 'check');
    expect(of(r.findings, 'internal-audit-overdue')).toEqual([
      { at: 'ap.yaml:11:30', severity: 'error', message: 'planned audit ia-2026 of AuditProgramme ap-1 was due on 2026-10-01 (53 days ago) and no InternalAudit records it as held' },
      { at: 'ia.yaml:8:9', severity: 'error', message: 'the last internal audit of iso27001:2022 was held on 2025-10-02, more than 12 months ago' },
    ]);
  });

  it('reports a programme with no audit held yet; honours auditIntervalMonths', async () => {
    const none = await lint({ 'annexa.yaml': CONFIG_27001, 'ap.yaml': programme('ap-1', planned('ia-2027', '2027-10-01')) }, 'check');
    expect(of(none.findings, 'internal-audit-overdue')).toEqual([
      { at: 'ap.yaml:10:5', severity: 'error', message: 'no internal audit of iso27001:2022 has been held yet; record held audits as InternalAudit records' },
    ]);
    const longer = await lint({ 'annexa.yaml': CONFIG_27001 + 'managementSystem: {auditIntervalMonths: 15}\n', 'ia.yaml': audit('ia-1', '2025-10-02') }, 'check');
    expect(of(longer.findings, 'internal-audit-overdue')).toEqual([]);
  });
});
