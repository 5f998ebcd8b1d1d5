import { afterAll, describe, expect, it } from 'vitest';
import { cleanupRepos, lint, of } from '../helpers/repo.js';
import { CONFIG_27001 } from '../helpers/repo.js';
import { control, evidence, head } from './records.js';
import { ALL_27001_INPUTS, review } from './ms-records.js';

afterAll(cleanupRepos);

/** Every management-system record 27001 asks for, except an audit programme. */
const MS = {
  'ms.yaml': [
    head('Scope', 'scope') + 'spec: {standards: [iso27001:2022], boundaries: The platform}\n',
    head('ContextIssue', 'ctx') + 'spec: {type: external, description: Regulation}\n',
    head('InterestedParty', 'ip') + 'spec: {requirements: [{description: Privacy, addressed: true}]}\n',
    head('Policy', 'pol') + "spec: {addresses: ['iso27001:5.2'], approval: {by: CEO, date: 2026-01-10}}\n",
    head('Role', 'role') + 'spec: {responsibilities: [Run it], competenceEvidence: [ev], awarenessEvidence: [ev]}\n',
    head('Risk', 'rsk') + "spec: {domain: security, likelihood: 2, impact: 3, treatment: {option: mitigate, controls: ['iso27001:A.5.1']}}\n",
    head('Objective', 'obj') + 'spec: {standards: [iso27001:2022], measure: {description: x, direction: at-least}, target: 1, measurements: [{date: 2026-01-01, value: 2}]}\n',
    head('InternalAudit', 'ia') + "spec: {standards: [iso27001:2022], date: 2026-10-01, scope: ['iso27001:9'], auditor: X}\n",
    review('mr', '2026-06-01', ALL_27001_INPUTS),
    control('ctl', ['iso27001:A.5.1'], 'planned'),
    evidence('ev'),
  ].join('---\n'),
};

describe('clause-unaddressed', () => {
  it('names the clause, the requirement and the records that would meet it, at the standard in annexa.yaml', async () => {
    const r = await lint({ 'annexa.yaml': CONFIG_27001, ...MS }, 'check');
    expect(of(r.findings, 'clause-unaddressed')).toEqual([
      { at: 'annexa.yaml:3:13', severity: 'error', message: 'iso27001:2022 clause 9.2 (Internal audit) is not addressed: plan an internal audit programme and keep the results of the audits held; add an AuditProgramme record' },
    ]);
  });

  it('lists every unmet clause of each standard in an empty repo, but not 10.2 (needed only when a nonconformity occurs)', async () => {
    const r = await lint({ 'annexa.yaml': 'apiVersion: annexa/v1\nkind: Config\nstandards: [iso27001:2022, iso42001:2023]\n' }, 'check');
    const clauses = (std: string) => r.findings.filter((f) => f.ruleId === 'clause-unaddressed' && f.message.startsWith(std)).map((f) => f.message.split(' ')[2]);
    expect(clauses('iso27001:2022')).toEqual(['4.1', '4.2', '4.3', '5.2', '5.3', '6.1.2', '6.1.3', '6.2', '7.2', '7.3', '8.2', '8.3', '9.1', '9.2', '9.3']);
    expect(clauses('iso42001:2023')).toEqual(['4.1', '4.1', '4.2', '4.3', '4.3', '5.2', '5.3', '6.1.2', '6.1.3', '6.1.4', '6.2', '7.2', '7.3', '8.2', '8.3', '8.4', '9.1', '9.2', '9.3']);
    expect(new Set(r.findings.filter((f) => f.ruleId === 'clause-unaddressed').map((f) => `${f.location.file}:${f.location.line}`))).toEqual(new Set(['annexa.yaml:3']));
  });
});
