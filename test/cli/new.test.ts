import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { runCli } from '../helpers/cli.js';
import { cleanupRepos, makeRepo } from '../helpers/repo.js';
import { readReference } from '../helpers/reference.js';
import { RECORD_KINDS } from '../../src/model/types.js';
import { validatorFor } from '../../src/validate/ajv.js';

const titleOf = (id: string) => readReference('iso27001-2022-annex-a.csv').find((r) => r.id === id)!.title;

describe('annexa new', () => {
  afterAll(cleanupRepos);

  it('writes a Control with --implements prefilled and titled, which validates without schema findings', async () => {
    const dir = makeRepo({ 'annexa.yaml': 'apiVersion: annexa/v1\nkind: Config\n' });
    const r = await runCli(['new', 'control', 'ctl-x', '--implements', 'iso27001:A.8.15', '-d', dir]);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    const file = path.join(dir, 'controls/ctl-x.yaml');
    expect(r.stdout).toBe(`wrote ${path.relative(process.cwd(), file)}\n`);
    const text = readFileSync(file, 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../node_modules/annexa/schemas/control.schema.json');
    expect(text).toContain(`\n    - iso27001:A.8.15 # ${titleOf('A.8.15')}\n`);
    expect(text).toContain('\n  # SoA decision and implementation state.\n  status: planned\n');
    const record = parse(text) as { metadata: { id: string }; spec: Record<string, unknown> };
    expect(record.metadata.id).toBe('ctl-x');
    expect(record.spec.implements).toEqual(['iso27001:A.8.15']);
    // One standard only: no aiConsiderations asked for.
    expect(record.spec).not.toHaveProperty('aiConsiderations');
    const v = await runCli(['validate', dir, '-f', 'json']);
    expect(v.code).toBe(0);
    expect((JSON.parse(v.stdout) as { findings: unknown[] }).findings).toEqual([]);
  });

  it('keeps aiConsiderations for a control serving both standards', async () => {
    const r = await runCli(['new', 'control', 'ctl-both', '--implements', 'iso27001:A.8.15', 'iso42001:A.6.2.8', '-o', '-']);
    const record = parse(r.stdout) as { spec: { implements: string[]; aiConsiderations?: string } };
    expect(record.spec.implements).toEqual(['iso27001:A.8.15', 'iso42001:A.6.2.8']);
    expect(record.spec.aiConsiderations).toBeTruthy();
    expect(r.stdout).toContain('- iso42001:A.6.2.8 # AI system recording of event logs\n');
  });

  for (const kind of RECORD_KINDS) {
    it(`${kind}: the skeleton is valid against the kind's schema`, async () => {
      const r = await runCli(['new', kind, `x-${kind.toLowerCase()}`, '-o', '-']);
      expect(r).toMatchObject({ code: 0, stderr: '' });
      const value = parse(r.stdout) as { kind: string; metadata: { id: string } };
      expect(value.kind).toBe(kind);
      expect(value.metadata.id).toBe(`x-${kind.toLowerCase()}`);
      const validate = validatorFor(kind);
      expect(validate(value), JSON.stringify(validate.errors)).toBe(true);
    });
  }

  it('never overwrites, and refuses unknown kinds, bad ids and slipped refs with one line', async () => {
    const dir = makeRepo({ 'risks/r1.yaml': 'mine\n' });
    expect(await runCli(['new', 'risk', 'r1', '-d', dir])).toMatchObject({ code: 2, stderr: `annexa: ${path.relative(process.cwd(), path.join(dir, 'risks/r1.yaml'))} already exists; annexa new never overwrites\n` });
    expect(readFileSync(path.join(dir, 'risks/r1.yaml'), 'utf8')).toBe('mine\n');
    expect(await runCli(['new', 'widget'])).toMatchObject({ code: 2, stderr: 'annexa: unknown kind "widget"; use one of control, evidence, risk, ai-system, impact-assessment, policy, scope, context-issue, interested-party, objective, role, audit-programme, internal-audit, nonconformity, management-review\n' });
    expect((await runCli(['new', 'risk', '../x', '-o', '-'])).code).toBe(2);
    expect(await runCli(['new', 'control', '--implements', 'iso27001:A.8.155', '-o', '-'])).toMatchObject({ code: 2, stderr: 'annexa: unknown control ref "iso27001:A.8.155" (did you mean "iso27001:A.8.15"?)\n' });
  });
});
