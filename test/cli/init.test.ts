import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli } from '../helpers/cli.js';
import { cleanupRepos, makeRepo } from '../helpers/repo.js';
import { requirementsFor } from '../../src/catalog/clause-requirements.js';

afterAll(cleanupRepos);

describe('annexa init', () => {
  it('writes a valid annexa.yaml that decides no control', async () => {
    const root = makeRepo({});
    const r = await runCli(['init', root, '--organization', 'Acme & Co', '--standard', 'iso42001']);
    expect(r.code).toBe(0);
    const text = readFileSync(path.join(root, 'annexa.yaml'), 'utf8');
    expect(text).toContain('organization: "Acme & Co"\n');
    expect(text).toContain('standards: [iso42001:2023]\n');
    const check = await runCli(['check', root, '-f', 'json', '-q']);
    const ids = new Set(JSON.parse(check.stdout).findings.map((f: { ruleId: string }) => f.ruleId));
    // Every Annex A control lacks a decision, and every clause 4-10 requirement its record.
    expect([...ids].sort()).toEqual(['clause-unaddressed', 'unmapped-control']);
    const findings = JSON.parse(check.stdout).findings as { ruleId: string }[];
    expect(findings.filter((f) => f.ruleId === 'unmapped-control')).toHaveLength(38);
    expect(findings.filter((f) => f.ruleId === 'clause-unaddressed')).toHaveLength(requirementsFor('iso42001:2023').filter((q) => !q.optional).length);
  });

  it('never overwrites an existing config and refuses unknown standards', async () => {
    const root = makeRepo({});
    writeFileSync(path.join(root, 'annexa.yaml'), 'mine\n');
    const r = await runCli(['init', root]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/annexa\.yaml already exists; annexa init never overwrites it\n$/);
    expect(readFileSync(path.join(root, 'annexa.yaml'), 'utf8')).toBe('mine\n');
    expect((await runCli(['init', makeRepo({}), '--standard', 'iso9001'])).stderr).toBe('annexa: unknown --standard "iso9001"; use iso27001 or iso42001\n');
  });
});
