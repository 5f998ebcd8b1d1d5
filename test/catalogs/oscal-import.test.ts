import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { cleanupRepos, makeRepo, REPO_ROOT } from '../helpers/repo.js';
import { control } from '../rules/records.js';
import { oscalErrors } from '../export/oscal-schema.js';

afterAll(cleanupRepos);

const fixture = (f: string) => readFileSync(path.join(REPO_ROOT, 'test/fixtures/oscal', f), 'utf8');
const NIST = fixture('nist-800-53.json');
const MAPPING = fixture('iso27001-to-nist.yaml');
const config = (catalogs: string[]) => `apiVersion: annexa/v1\nkind: Config\nstandards: [iso27001:2022]\ninclude: ["records/**/*.yaml"]\ncatalogs: [${catalogs.join(', ')}]\n`;

describe('OSCAL catalogs named in annexa.yaml', () => {
  it('the fixtures are real OSCAL 1.2.1', () => {
    expect(oscalErrors('catalog', JSON.parse(NIST))).toEqual([]);
    expect(oscalErrors('mapping-collection', parse(MAPPING))).toEqual([]);
  });

  it('a Control record implementing one of its controls validates; an unknown id gets unknown-control-ref with did-you-mean', async () => {
    const root = makeRepo({
      'annexa.yaml': config(['oscal/nist-800-53.json']),
      'oscal/nist-800-53.json': NIST,
      'records/ok.yaml': control('ctl-accounts', ['nist-800-53:ac-2', 'nist-800-53:ac-2.1', 'iso27001:A.5.16'], 'planned'),
    });
    const ok = await runCli(['validate', root, '-f', 'json']);
    expect(ok.stderr).toBe('');
    expect(JSON.parse(ok.stdout).findings).toEqual([]);

    const typo = makeRepo({
      'annexa.yaml': config(['oscal/nist-800-53.json']),
      'oscal/nist-800-53.json': NIST,
      'records/bad.yaml': control('ctl-accounts', ['nist-800-53:AC-2', 'nist-800-53:ac-4', 'nist-800-53:ac-2.10'], 'planned'),
    });
    const r = await runCli(['validate', typo, '-f', 'json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).findings.map((f: { ruleId: string; message: string }) => [f.ruleId, f.message])).toEqual([
      ['unknown-control-ref', 'unknown control ref "nist-800-53:AC-2": catalog nist-800-53 has no "AC-2" (did you mean "nist-800-53:ac-2"?)'],
      ['unknown-control-ref', 'unknown control ref "nist-800-53:ac-4": catalog nist-800-53 has no "ac-4" (did you mean "nist-800-53:ac-1"?)'],
      // Withdrawn controls are not offered for implementation.
      ['unknown-control-ref', 'unknown control ref "nist-800-53:ac-2.10": catalog nist-800-53 has no "ac-2.10" (did you mean "nist-800-53:ac-2.1"?)'],
    ]);
  });

  it('an OSCAL mapping collection becomes an extra crosswalk with its rationale', async () => {
    const root = makeRepo({
      'annexa.yaml': config(['oscal/nist-800-53.json', 'oscal/iso27001-to-nist.yaml']),
      'oscal/nist-800-53.json': NIST,
      'oscal/iso27001-to-nist.yaml': MAPPING,
      'records/ok.yaml': control('ctl-access', ['iso27001:A.5.15'], 'planned'),
    });
    const r = await runCli(['crosswalk', 'iso27001:A.5.15', '-d', root, '-f', 'json']);
    expect(r.code).toBe(0);
    const related = JSON.stringify(JSON.parse(r.stdout));
    expect(related).toContain('nist-800-53:ac-1');
    expect(related).toContain('nist-800-53:ac-3');
    expect(related).toContain('Both set and enforce rules for who may access what.');
    const back = await runCli(['crosswalk', 'nist-800-53:ac-2', '-d', root, '-f', 'json']);
    expect(JSON.stringify(JSON.parse(back.stdout))).toMatch(/iso27001:A\.5\.16.*superset-of|superset-of.*iso27001:A\.5\.16/);
  });

  it('reads back annexa\'s own mapping-collection export: every id-ref resolves and the crosswalk is unchanged', async () => {
    const exported = await runCli(['export', 'oscal', makeRepo({ 'annexa.yaml': config([]) }), '--model', 'mapping-collection', '--date', '2026-11-30']);
    expect(exported.code).toBe(0);
    const plain = makeRepo({ 'annexa.yaml': config([]), 'records/.keep.yaml': '' });
    const withImport = makeRepo({ 'annexa.yaml': config(['oscal/mapping.json']), 'oscal/mapping.json': exported.stdout, 'records/.keep.yaml': '' });
    for (const ref of ['iso27001:A.5.1', 'iso42001:A.6.2.8', 'iso27001:6.1.3']) {
      const a = await runCli(['crosswalk', ref, '-d', plain, '-f', 'json']);
      const b = await runCli(['crosswalk', ref, '-d', withImport, '-f', 'json']);
      expect(b).toMatchObject({ code: 0, stderr: '' });
      expect(b.stdout).toBe(a.stdout);
    }
  });

  it('bad or huge OSCAL files stop the run with one line naming the file', async () => {
    const run = async (name: string, content: string) =>
      runCli(['validate', makeRepo({ 'annexa.yaml': config([`oscal/${name}`]), [`oscal/${name}`]: content, 'records/.keep.yaml': '' })]);
    expect(await run('x.json', '{"catalog": ')).toMatchObject({ code: 2, stderr: expect.stringMatching(/^annexa: oscal\/x\.json: invalid JSON: .*\n$/) });
    const noTitle = JSON.stringify({ catalog: { uuid: 'u', metadata: { version: '1' }, controls: [{ id: 'c-1', title: 'C' }] } });
    expect(await run('x.json', noTitle)).toMatchObject({ code: 2, stderr: 'annexa: oscal/x.json: invalid OSCAL catalog: must be a non-empty string (at /catalog/metadata/title)\n' });
    const badId = JSON.stringify({ catalog: { uuid: 'u', metadata: { title: 'T' }, controls: [{ id: 'c 1', title: 'C' }] } });
    expect(await run('x.json', badId)).toMatchObject({ code: 2, stderr: 'annexa: oscal/x.json: invalid OSCAL catalog: control id "c 1" cannot be part of an annexa ref (at /catalog/controls/0/id)\n' });
    let deep: Record<string, unknown> = { id: 'c-0', title: 'C' };
    for (let i = 1; i < 200; i++) deep = { id: `c-${i}`, title: 'C', controls: [deep] };
    const nested = await run('deep.json', JSON.stringify({ catalog: { uuid: 'u', metadata: { title: 'T' }, controls: [deep] } }));
    expect(nested).toMatchObject({ code: 2, stderr: expect.stringMatching(/^annexa: oscal\/deep\.json: invalid OSCAL catalog: nests deeper than 32 levels \(at \/catalog(\/controls\/0)+\/controls\)\n$/) });
    const unknownSide = MAPPING.replace('id-ref: ac-3', 'id-ref: ac-9');
    const m = await runCli(['validate', makeRepo({ 'annexa.yaml': config(['n.json', 'm.yaml']), 'n.json': NIST.replace('"ac"', '"ac"'), 'm.yaml': unknownSide.replace('nist-800-53.json', 'n.json') })]);
    expect(m).toMatchObject({ code: 2, stderr: expect.stringMatching(/^annexa: m\.yaml: invalid OSCAL mapping collection: catalog n has no "ac-9" .*\(at \/mapping-collection\/mappings\/0\/maps\/0\/targets\/1\/id-ref\)\n$/) });
    const huge = await run('big.json', ' '.repeat(32 * 1024 * 1024 + 1));
    expect(huge).toMatchObject({ code: 2, stderr: expect.stringMatching(/^annexa: oscal\/big\.json: file is 33554433 bytes, over the 33554432-byte limit; not parsed/) });
  });
});
