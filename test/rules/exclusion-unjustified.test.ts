import { afterAll, describe, expect, it } from 'vitest';
import { cleanupRepos, lint, of } from '../helpers/repo.js';
import { control } from './records.js';

afterAll(cleanupRepos);

describe('exclusion-unjustified', () => {
  it('reports an exclusion without justification at its status', async () => {
    const r = await lint({ 'c.yaml': control('ctl-x', ['iso27001:A.7.1'], 'not-applicable') });
    expect(of(r.findings, 'exclusion-unjustified')).toEqual([{ at: 'c.yaml:8:11', severity: 'error', message: 'Control ctl-x excludes iso27001:A.7.1 without a justification' }]);
  });

  it('reports placeholder justifications at the justification', async () => {
    const r = await lint({ 'c.yaml': control('ctl-x', ['iso27001:A.7.1'], 'not-applicable', '  justification: N/A\n') });
    expect(of(r.findings, 'exclusion-unjustified')).toEqual([{ at: 'c.yaml:9:18', severity: 'error', message: 'Control ctl-x excludes iso27001:A.7.1 with a placeholder justification ("N/A"); say why the control does not apply' }]);
  });

  it('accepts a real justification', async () => {
    const r = await lint({ 'c.yaml': control('ctl-x', ['iso27001:A.7.1'], 'not-applicable', '  justification: We own no premises; staff work remotely from home offices.\n') });
    expect(of(r.findings, 'exclusion-unjustified')).toEqual([]);
  });
});
