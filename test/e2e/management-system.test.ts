/** Acceptance: deciding every Annex A control is not enough; clauses 4-10 must be recorded too. */
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { cleanupRepos, makeRepo } from '../helpers/repo.js';
import { loadBundledCatalogs } from '../../src/catalog/load-catalogs.js';

afterAll(cleanupRepos);

describe('a repo that decides every Annex A control but records no management system', () => {
  it('fails annexa check with clause-unaddressed for 6.2, 9.2 and 9.3 of each standard', async () => {
    const catalogs = loadBundledCatalogs();
    const refs = ['iso27001', 'iso42001'].flatMap((id) => catalogs.catalogs.get(id)!.controls.map((c) => c.ref));
    expect(refs).toHaveLength(93 + 38);
    const root = makeRepo({
      'annexa.yaml': 'apiVersion: annexa/v1\nkind: Config\nstandards: [iso27001:2022, iso42001:2023]\n',
      'controls.yaml': `apiVersion: annexa/v1\nkind: Control\nmetadata: {id: ctl-all, title: Everything planned}\nspec:\n  status: planned\n  owner: CISO\n  targetDate: 2027-06-30\n  aiConsiderations: AI systems are planned into every control\n  implements:\n${refs.map((r) => `    - "${r}"\n`).join('')}`,
    });
    const r = await runCli(['check', root, '--format', 'json', '--today', '2026-11-23']);
    expect(r.code).toBe(1);
    const findings = (JSON.parse(r.stdout) as { findings: { ruleId: string; message: string; severity: string }[] }).findings;
    const errors = findings.filter((f) => f.severity === 'error');
    // One record deciding 131 controls with no reason per control is itself a finding (justification-boilerplate, #9).
    expect(new Set(errors.map((f) => f.ruleId))).toEqual(new Set(['clause-unaddressed', 'justification-boilerplate']));
    for (const std of ['iso27001:2022', 'iso42001:2023']) {
      for (const clause of ['6.2', '9.2', '9.3', '4.3', '5.2']) {
        expect(errors.some((f) => f.message.startsWith(`${std} clause ${clause} `)), `${std} ${clause}`).toBe(true);
      }
    }
  });
});
