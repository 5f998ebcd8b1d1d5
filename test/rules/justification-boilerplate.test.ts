import { afterAll, describe, expect, it } from 'vitest';
import { cleanupRepos, lint, of } from '../helpers/repo.js';
import { config, control } from './records.js';

afterAll(cleanupRepos);

const PASTED = '  justification: Required by our security policy and risk assessment.\n';
const RECORDS = [
  control('c-1', ['iso27001:A.5.1'], 'implemented', PASTED),
  control('c-2', ['iso27001:A.5.2'], 'implemented', PASTED),
  control('c-3', ['iso27001:A.5.3'], 'implemented', PASTED),
  control('c-4', ['iso27001:A.5.4'], 'implemented', PASTED),
  control('c-short', ['iso27001:A.5.7'], 'implemented', '  justification: Needed.\n'),
  control('c-placeholder', ['iso27001:A.5.8'], 'implemented', '  justification: TBD\n'),
  control('c-many', ['iso27001:A.8.1', 'iso27001:A.8.2', 'iso27001:A.8.3', 'iso27001:A.8.4', 'iso27001:A.8.5', 'iso27001:A.8.6'], 'implemented',
    '  justification: Endpoints and privileged access protect patient data.\n  decisions:\n    iso27001:A.8.1:\n      justification: Laptops hold cached patient records.\n    iso27001:A.9.9:\n      justification: A decision for a control not implemented here.\n'),
  control('c-each', ['iso27001:A.5.5', 'iso27001:A.5.6'], 'implemented',
    '  decisions:\n    iso27001:A.5.5:\n      justification: Regulators must be told of breaches within 72 hours.\n    iso27001:A.5.6:\n      justification: Health-sector CERT advisories warn us of attacks early.\n'),
].join('---\n');

describe('justification-boilerplate', () => {
  it('reports pasted, placeholder ("Needed." among them) and one-word reasons, and a record deciding many controls with one reason', async () => {
    const r = await lint({ 'c.yaml': RECORDS }, 'check');
    expect(of(r.findings, 'justification-boilerplate').map((f) => f.message)).toEqual([
      'The justification "Required by our security policy and risk assessment." is written verbatim in 4 places (more than 3) for 4 controls: iso27001:A.5.1, iso27001:A.5.2, iso27001:A.5.3, iso27001:A.5.4; give each control its own reason',
      'Control c-short justifies iso27001:A.5.7 with "Needed."; say why the control is needed (3 words or more)',
      'Control c-placeholder justifies iso27001:A.5.8 with "TBD"; say why the control is needed (3 words or more)',
      'Control c-many decides 6 controls (more than 5) but gives no reason of its own for 5 of them (iso27001:A.8.2, iso27001:A.8.3, iso27001:A.8.4, ...); add spec.decisions.<ref>.justification per control',
      'Control c-many gives a decision for iso27001:A.9.9, which it does not implement (add it to spec.implements or remove the decision)',
    ]);
    expect(of(r.findings, 'justification-boilerplate')[0]!.at).toBe('c.yaml:9:18');
  });

  it('takes its thresholds from soa: in annexa.yaml', async () => {
    const r = await lint({ 'annexa.yaml': config('soa:\n  maxReuse: 4\n  minWords: 1\n  maxRefsPerReason: 6\n'), 'c.yaml': RECORDS }, 'check');
    expect(of(r.findings, 'justification-boilerplate').map((f) => f.message)).toEqual([
      'Control c-short justifies iso27001:A.5.7 with "Needed."; say why the control is needed (1 words or more)',
      'Control c-placeholder justifies iso27001:A.5.8 with "TBD"; say why the control is needed (1 words or more)',
      'Control c-many gives a decision for iso27001:A.9.9, which it does not implement (add it to spec.implements or remove the decision)',
    ]);
  });
});
