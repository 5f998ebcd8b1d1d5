import { afterAll, describe, expect, it } from 'vitest';
import { cleanupRepos, lint, of } from '../helpers/repo.js';
import { config, control, head } from './records.js';

afterAll(cleanupRepos);

describe('inclusion-unjustified', () => {
  it('warns for applicable controls that no risk, policy, requirement or justification explains', async () => {
    const r = await lint({
      'annexa.yaml': config(),
      'c.yaml': [
        control('ctl-bare', ['iso27001:A.8.20'], 'planned'),
        control('ctl-risk', ['iso27001:A.8.21'], 'planned'),
        control('ctl-policy', ['iso27001:A.8.22'], 'planned'),
        control('ctl-req', ['iso27001:A.8.23'], 'planned', '  requirements: [NIS2 Art. 21]\n'),
        control('ctl-why', ['iso27001:A.8.24'], 'planned', '  justification: Keys protect patient data at rest.\n'),
        control('ctl-out', ['iso27001:A.8.30'], 'not-applicable', '  justification: No development is outsourced.\n'),
      ].join('---\n'),
      'r.yaml': head('Risk', 'r-1') + 'spec: {domain: security, likelihood: 2, impact: 3, owner: CISO, treatment: {option: mitigate, controls: [iso27001:A.8.21]}}\n',
      'p.yaml': head('Policy', 'pol-net') + 'spec: {addresses: [iso27001:A.8.22]}\n',
    }, 'check');
    expect(of(r.findings, 'inclusion-unjustified')).toEqual([
      { at: 'c.yaml:8:11', severity: 'warning', message: 'iso27001:A.8.20 "Networks security" is applicable but the SoA gives no reason to include it: name it in a risk treatment or a policy, or give ctl-bare requirements or a justification' },
    ]);
  });
});
