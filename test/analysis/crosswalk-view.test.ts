import { afterAll, describe, expect, it } from 'vitest';
import { cleanupRepos, lint } from '../helpers/repo.js';
import { crosswalkEntry } from '../../src/analysis/crosswalk-view.js';
import { control } from '../rules/records.js';

afterAll(cleanupRepos);

describe('crosswalk suggestions', () => {
  it('suggests extending the related implemented control, and never counts it as covered', async () => {
    const r = await lint({ 'c.yaml': control('ctl-logging', ['iso27001:A.8.15'], 'implemented') });
    const e = crosswalkEntry('iso42001:A.6.2.8', r.catalogs, r.model)!;
    expect(e.status).toBe('no-decision');
    expect(e.related.find((x) => x.ref === 'iso27001:A.8.15')).toMatchObject({ status: 'implemented', implementedBy: ['ctl-logging'] });
    expect(e.suggestion).toMatch(/^start from ctl-logging \(iso27001:A\.8\.15 Logging, implemented\): extend it to cover "AI system recording of event logs"/);
    expect(e.suggestion).toContain('It must also address: AI logs must capture');
    expect(e.suggestion).toContain('alone does not cover iso42001:A.6.2.8.');
    expect(r.analysis().standards.find((s) => s.catalog === 'iso42001')!.soa.find((x) => x.ref === 'iso42001:A.6.2.8')!.status).toBe('no-decision');
  });

  it('explains entries without a counterpart', async () => {
    const r = await lint({});
    expect(crosswalkEntry('iso42001:6.1.4', r.catalogs, r.model)!.unmatched).toBeTruthy();
    expect(crosswalkEntry('iso42001:A.99', r.catalogs, r.model)).toBeUndefined();
  });
});
