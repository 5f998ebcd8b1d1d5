import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

describe('annexa crosswalk refs', () => {
  it('hints at the right spelling of a ref', async () => {
    expect((await runCli(['crosswalk', 'ISO27001:a.8.15'])).stderr).toBe('annexa: unknown control ref "ISO27001:a.8.15" (did you mean "iso27001:A.8.15"?)\n');
    expect((await runCli(['crosswalk', 'A.8.15'])).stderr).toBe('annexa: unknown control ref "A.8.15" (did you mean "iso27001:A.8.15"?)\n');
    expect((await runCli(['crosswalk', 'A.5.2'])).stderr).toBe('annexa: unknown control ref "A.5.2" (refs name their catalog: iso27001:A.5.2 or iso42001:A.5.2)\n');
  });

  it('suggests A.5.2 for A5.2 and accepts an objective heading as the group of its controls', async () => {
    expect((await runCli(['crosswalk', 'iso27001:A5.2'])).stderr).toBe('annexa: unknown control ref "iso27001:A5.2" (did you mean "iso27001:A.5.2"?)\n');
    const r = await runCli(['crosswalk', 'iso42001:A.6.1', '--format', 'json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { heading: { kind: string; controls: string[] }; entries: { ref: string }[] };
    expect(out.heading).toMatchObject({ kind: 'objective', controls: ['iso42001:A.6.1.2', 'iso42001:A.6.1.3'] });
    expect(out.entries.map((e) => e.ref)).toEqual(['iso42001:A.6.1.2', 'iso42001:A.6.1.3']);
    const text = await runCli(['crosswalk', 'iso42001:A.6.1']);
    expect(text.stdout.split('\n')[0]).toMatch(/^iso42001:A\.6\.1 is an objective heading \(.+\); its controls:$/);
  });

  it('lists the whole crosswalk without a ref, each relation once per side', async () => {
    const r = await runCli(['crosswalk', '--format', 'json']);
    const entries = JSON.parse(r.stdout).entries as { ref: string; related: { ref: string }[] }[];
    const a815 = entries.find((e) => e.ref === 'iso27001:A.8.15')!;
    expect(a815.related.map((x) => x.ref)).toEqual(['iso42001:A.6.2.8']);
    expect(entries.find((e) => e.ref === 'iso42001:6.1.4')).toBeDefined();
  });
});
