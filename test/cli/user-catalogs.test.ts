import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { cleanupRepos, makeRepo } from '../helpers/repo.js';
import { control } from '../rules/records.js';

afterAll(cleanupRepos);

const catalog = 'apiVersion: annexa/v1\nkind: Catalog\nmetadata: {id: acme, title: Acme internal controls}\nspec:\n  controls:\n    - {id: SEC-1, title: Hardware keys for admins}\n';

describe('user catalogs named in annexa.yaml', () => {
  it('are loaded (even outside include) and their refs resolve', async () => {
    const root = makeRepo({
      'annexa.yaml': 'apiVersion: annexa/v1\nkind: Config\nstandards: [iso27001:2022]\ninclude: ["records/**/*.yaml"]\ncatalogs: [catalogs/acme.yaml]\n',
      'catalogs/acme.yaml': catalog,
      'records/c.yaml': control('ctl-keys', ['acme:SEC-1', 'iso27001:A.5.17'], 'planned'),
    });
    const r = await runCli(['validate', root, '-f', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).findings).toEqual([]);
  });

  it('a broken user catalog is a config error naming the file', async () => {
    const root = makeRepo({
      'annexa.yaml': 'apiVersion: annexa/v1\nkind: Config\ncatalogs: [catalogs/acme.yaml]\n',
      'catalogs/acme.yaml': 'apiVersion: annexa/v1\nkind: Catalog\nmetadata: {id: acme}\nspec: {controls: []}\n',
    });
    const r = await runCli(['validate', root]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^annexa: catalogs\/acme\.yaml: invalid Catalog: /);
    const missing = await runCli(['validate', makeRepo({ 'annexa.yaml': 'apiVersion: annexa/v1\nkind: Config\ncatalogs: [nope.yaml]\n' })]);
    expect(missing).toMatchObject({ code: 2, stderr: 'annexa: nope.yaml: cannot read file (ENOENT) (named in annexa.yaml catalogs)\n' });
  });
});

describe('user catalogs outside the repository', () => {
  it('are refused', async () => {
    const r = await runCli(['validate', makeRepo({ 'annexa.yaml': 'apiVersion: annexa/v1\nkind: Config\ncatalogs: [../shared/acme.yaml]\n' })]);
    expect(r).toMatchObject({ code: 2, stderr: 'annexa: ../shared/acme.yaml: catalog path leaves the repository (named in annexa.yaml catalogs)\n' });
  });
});
