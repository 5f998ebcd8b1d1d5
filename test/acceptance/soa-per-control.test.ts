/** Issue #9 acceptance: per-control reasons, provider-implemented controls and user-catalog additions in the SoA. */
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { parseCsv } from '../helpers/csv.js';
import { cleanupRepos, makeRepo } from '../helpers/repo.js';

afterAll(cleanupRepos);

const ctl = (id: string, spec: string) => `apiVersion: annexa/v1\nkind: Control\nmetadata:\n  id: ${id}\n  title: ${id}\nspec:\n${spec}`;
const REPO = {
  'annexa.yaml': 'apiVersion: annexa/v1\nkind: Config\ncatalogs: [catalogs/acme-ai.yaml]\n',
  'catalogs/acme-ai.yaml': `apiVersion: annexa/v1
kind: Catalog
metadata:
  id: acme-ai
  title: Acme additional AI controls
  extends: iso42001
spec:
  controls:
    - {id: AI-1, title: Clinical safety officer signs off model releases}
`,
  'controls.yaml': [
    ctl('ctl-authorities', `  implements: [iso27001:A.5.5, iso27001:A.5.6]
  status: implemented
  owner: Priya Raman (CISO)
  implementation: Contact list in the incident runbook, checked quarterly.
  decisions:
    iso27001:A.5.5:
      justification: Regulators must be told of personal data breaches within 72 hours.
    iso27001:A.5.6:
      justification: Health-sector CERT advisories warn us of attacks on clinics early.
`),
    ctl('ctl-datacentre', `  implements: [iso27001:A.7.11]
  status: implemented
  justification: Telehealth stops when power or cooling fails at the hosting data centre.
  provider: {name: Example Cloud GmbH, responsibility: inherited, assurance: [ev-cloud-cert]}
`),
    ctl('ctl-release-signoff', `  implements: [acme-ai:AI-1]
  status: planned
  owner: Clinical safety
  targetDate: 2027-03-31
  justification: Every triage model release changes how patients are prioritised.
`),
  ].join('---\n'),
  'evidence.yaml': 'apiVersion: annexa/v1\nkind: Evidence\nmetadata:\n  id: ev-cloud-cert\n  title: Example Cloud ISO 27001 certificate\nspec:\n  url: https://cloud.example.invalid/cert\n',
};

describe('SoA per control', () => {
  const root = makeRepo(REPO);
  let rows: Map<string, Record<string, string>>;

  it('csv: one row per control with its own reason, implementation, owner and provider', async () => {
    const r = await runCli(['soa', root, '--format', 'csv']);
    expect(r.code).toBe(0);
    const [header, ...lines] = parseCsv(r.stdout);
    rows = new Map(lines.map((l) => [l[0]!, Object.fromEntries(header!.map((h, i) => [h, l[i] ?? '']))]));
    expect(rows.get('iso27001:A.5.5')).toMatchObject({ Justification: 'Regulators must be told of personal data breaches within 72 hours.', Status: 'implemented', Implementation: 'Contact list in the incident runbook, checked quarterly.', Owner: 'Priya Raman (CISO)', Provider: '' });
    expect(rows.get('iso27001:A.5.6')).toMatchObject({ Justification: 'Health-sector CERT advisories warn us of attacks on clinics early.', Status: 'implemented' });
    expect(rows.get('iso27001:A.7.11')).toMatchObject({ Status: 'inherited', Applicable: 'yes', Provider: 'Example Cloud GmbH (inherited; assurance: ev-cloud-cert Example Cloud ISO 27001 certificate)' });
  });

  it('lists a user-catalog control added to 42001 in the 42001 SoA, not in 27001', () => {
    expect(rows.get('acme-ai:AI-1')).toMatchObject({ Standard: 'iso42001:2023', 'Theme or area': 'acme-ai:additional Additional controls (Acme additional AI controls)', Title: 'Clinical safety officer signs off model releases', Status: 'planned', Owner: 'Clinical safety' });
    expect([...rows.values()].filter((r) => r.Standard === 'iso42001:2023').length).toBe(39);
  });

  it('json: counts the provider-implemented control as provided, neither implemented by us nor excluded', async () => {
    const r = await runCli(['soa', root, '--format', 'json', '--standard', 'iso27001']);
    const s = JSON.parse(r.stdout).standards[0];
    expect(s.coverage.overall).toMatchObject({ total: 93, implemented: 2, provided: 1, excluded: 0, noDecision: 90, percentImplemented: 3.2 });
    const row = s.controls.find((c: { ref: string }) => c.ref === 'iso27001:A.7.11');
    expect(row.decisions).toEqual([{ record: 'ctl-datacentre', title: 'ctl-datacentre', status: 'inherited', reason: 'Telehealth stops when power or cooling fails at the hosting data centre.', implementation: '', owner: '', provider: { name: 'Example Cloud GmbH', responsibility: 'inherited', description: '', assurance: [{ id: 'ev-cloud-cert', title: 'Example Cloud ISO 27001 certificate' }] }, aiSystems: [] }]);
  });
});
