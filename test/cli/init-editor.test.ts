import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { runCli } from '../helpers/cli.js';
import { cleanupRepos, makeRepo, REPO_ROOT } from '../helpers/repo.js';
import { RECORD_KINDS } from '../../src/model/types.js';

afterAll(cleanupRepos);

describe('annexa init: editor settings', () => {
  it('writes .vscode/settings.json mapping every schema to the folders annexa new writes to', async () => {
    const root = makeRepo({});
    const r = await runCli(['init', root]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`wrote ${path.join(root, '.vscode/settings.json')} (schemas for the YAML extension`);
    const settings = JSON.parse(readFileSync(path.join(root, '.vscode/settings.json'), 'utf8')) as { 'yaml.schemas': Record<string, string[]> };
    const map = settings['yaml.schemas'];
    expect(map['./node_modules/annexa/schemas/config.schema.json']).toEqual(['annexa.yaml', 'annexa.yml']);
    expect(map['./node_modules/annexa/schemas/control.schema.json']).toEqual(['controls/**/*.yaml', 'controls/**/*.yml']);
    expect(map['./node_modules/annexa/schemas/ai-system.schema.json']).toEqual(['ai-systems/**/*.yaml', 'ai-systems/**/*.yml']);
    expect(Object.keys(map)).toHaveLength(RECORD_KINDS.length + 1);
    // Every mapped schema ships with the package, under the name the mapping uses.
    for (const key of Object.keys(map)) expect(existsSync(path.join(REPO_ROOT, 'schemas', path.basename(key))), key).toBe(true);
    // A record written by `annexa new` lands where the mapping points.
    const n = await runCli(['new', 'ai-system', 'ai-x', '-d', root]);
    expect(n.code).toBe(0);
    expect(existsSync(path.join(root, 'ai-systems/ai-x.yaml'))).toBe(true);
  });

  it('leaves existing editor settings alone and says so', async () => {
    const root = makeRepo({});
    mkdirSync(path.join(root, '.vscode'));
    writeFileSync(path.join(root, '.vscode/settings.json'), '{"editor.tabSize": 2}\n');
    const r = await runCli(['init', root]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`left ${path.join(root, '.vscode/settings.json')} as it is`);
    expect(readFileSync(path.join(root, '.vscode/settings.json'), 'utf8')).toBe('{"editor.tabSize": 2}\n');
  });
});
