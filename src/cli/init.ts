import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CONFIG_FILES } from '../config/types.js';
import { UsageError, IoError } from '../core/errors.js';
import type { CliIo } from './io.js';
import { writeEditorSettings } from './editor-settings.js';

export interface InitOptions {
  organization?: string;
  standard?: string[];
}

const STANDARD_IDS: Record<string, string> = { iso27001: 'iso27001:2022', iso42001: 'iso42001:2023' };

/**
 * `annexa init`: writes a commented annexa.yaml and, when there is none, .vscode/settings.json mapping the schemas. It never overwrites, and it does
 * not decide on any control: the Statement of Applicability is for people to decide.
 */
export async function runInit(dir: string, opts: InitOptions, io: CliIo): Promise<number> {
  const root = path.resolve(io.cwd, dir);
  const existing = CONFIG_FILES.find((f) => existsSync(path.join(root, f)));
  if (existing) throw new UsageError(`${path.join(dir, existing)} already exists; annexa init never overwrites it`);
  const standards = (opts.standard?.length ? opts.standard : ['iso27001', 'iso42001']).map((s) => {
    const id = STANDARD_IDS[s.split(':')[0]!];
    if (!id) throw new UsageError(`unknown --standard "${s}"; use iso27001 or iso42001`);
    return id;
  });
  const org = JSON.stringify(opts.organization ?? path.basename(root));
  const text = `# yaml-language-server: $schema=./node_modules/annexa/schemas/config.schema.json
# annexa configuration: see the README (Configuration) and docs/record-format.md.
apiVersion: annexa/v1
kind: Config
organization: ${org}
# scope: What the ISMS / AIMS covers (systems, sites, AI systems)
standards: [${[...new Set(standards)].join(', ')}]
# exclude: ["drafts/**"]          # files never read as records (node_modules, .git, dist are skipped anyway)
# catalogs: [catalogs/internal.yaml]
# rules:                          # error | warning | info | off
#   review-overdue: error
evidence:
  maxAgeDays: 365
# coverage:
#   minImplemented: 80            # fail check below this share of Annex A controls implemented
`;
  try {
    await mkdir(root, { recursive: true });
    await writeFile(path.join(root, 'annexa.yaml'), text, { flag: 'wx' });
  } catch (err) {
    throw new IoError(`cannot write ${path.join(dir, 'annexa.yaml')}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
  let editor = '';
  try {
    editor = await writeEditorSettings(root, dir);
  } catch (err) {
    editor = `could not write ${path.join(dir, '.vscode/settings.json')} (${(err as NodeJS.ErrnoException).code ?? String(err)}); annexa.yaml is written\n`;
  }
  io.stdout.write(`wrote ${path.join(dir, 'annexa.yaml')}\n${editor}next: add a Control record for each Annex A control (implemented, planned or not-applicable with a justification;\n\`annexa catalog\` lists them, \`annexa new control ID --implements REF\` starts one),\nthen run \`annexa check ${dir}\`; it lists every control still without a decision.\n`);
  return 0;
}
