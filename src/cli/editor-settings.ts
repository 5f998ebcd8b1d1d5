import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { RECORD_KINDS } from '../model/types.js';
import { SCHEMA_FILES } from '../validate/ajv-options.js';
import { folderOf } from './new.js';

const SCHEMAS = './node_modules/annexa/schemas';

/**
 * VS Code settings that map annexa's schemas for the YAML extension (yaml-language-server): the config file,
 * and each record kind in the folder `annexa new` writes it to. Records kept elsewhere carry a modeline.
 */
export function vscodeSettings(): string {
  const schemas: Record<string, string[]> = { [`${SCHEMAS}/${SCHEMA_FILES.Config}`]: ['annexa.yaml', 'annexa.yml'] };
  for (const kind of RECORD_KINDS) {
    const file = SCHEMA_FILES[kind];
    if (file) schemas[`${SCHEMAS}/${file}`] = [`${folderOf(kind)}/**/*.yaml`, `${folderOf(kind)}/**/*.yml`];
  }
  return JSON.stringify({ 'yaml.schemas': schemas }, null, 2) + '\n';
}

/** Writes .vscode/settings.json unless the folder has one (never overwrites); says what it did. */
export async function writeEditorSettings(root: string, shown: string): Promise<string> {
  const file = path.join(root, '.vscode/settings.json');
  if (existsSync(file)) return `left ${path.join(shown, '.vscode/settings.json')} as it is; for completion in editors, add the yaml.schemas of \`annexa init\` to it (README, Install)\n`;
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, vscodeSettings(), { flag: 'wx' });
  return `wrote ${path.join(shown, '.vscode/settings.json')} (schemas for the YAML extension: completion and checks while typing)\n`;
}
