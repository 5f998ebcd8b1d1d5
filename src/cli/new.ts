import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { RECORD_KINDS } from '../model/types.js';
import { SCHEMA_FILES } from '../validate/ajv-options.js';
import { skeleton } from '../model/skeleton.js';
import { loadBundledCatalogs } from '../catalog/load-catalogs.js';
import { IoError, UsageError } from '../core/errors.js';
import { PACKAGE_ROOT } from '../paths.js';
import { todayUtc } from '../util/dates.js';
import type { CliIo } from './io.js';

export interface NewOptions {
  dir: string;
  output?: string;
  title?: string;
  implements?: string[];
}

/** `Control` -> `control`, `AISystem` -> `ai-system`: how kinds are typed on the command line and named as folders. */
export const kebab = (kind: string) => kind.replace(/([a-z0-9])([A-Z])/g, '$1-$2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2').toLowerCase();
/** The folder a kind's records go to by default: controls/, evidence/, policies/, ai-systems/. */
export const folderOf = (kind: string) => kebab(kind).replace(/y$/, 'ie').replace(/^(evidence)$/, '$1') + (kind === 'Evidence' ? '' : 's');

/**
 * `annexa new KIND [id]`: writes a commented, schema-valid record to start from. Kinds come from the
 * one list of record kinds (model/types.ts), so every kind the model knows can be created. Never overwrites.
 */
export async function runNew(kindArg: string, id: string | undefined, opts: NewOptions, io: CliIo): Promise<number> {
  const kind = RECORD_KINDS.find((k) => [k.toLowerCase(), kebab(k)].includes(kindArg.toLowerCase()));
  if (!kind || !SCHEMA_FILES[kind]) throw new UsageError(`unknown kind "${kindArg}"; use one of ${RECORD_KINDS.map(kebab).join(', ')}`);
  const recordId = id ?? `new-${kebab(kind)}`;
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/.test(recordId)) throw new UsageError(`"${recordId}" is not a record id: start with a letter or digit, then letters, digits, ".", "_" or "-"`);
  if (opts.implements?.length && kind !== 'Control') throw new UsageError('--implements belongs to a Control record');
  const catalogs = loadBundledCatalogs();
  const refs = (opts.implements ?? []).flatMap((r) => r.split(',')).filter(Boolean).map((ref) => {
    const entry = catalogs.get(ref);
    const hint = entry ? undefined : catalogs.suggest(ref);
    // A user catalog's ref (acme:SEC-12) is fine here; a slip in a bundled one is not.
    if (!entry && (hint || /^iso(27001|42001):/.test(ref))) throw new UsageError(`unknown control ref "${ref}"${hint ? ` (did you mean "${hint}"?)` : ''}`);
    return { ref, title: entry?.title };
  });
  const root = path.resolve(io.cwd, opts.dir);
  const toStdout = opts.output === '-';
  const file = opts.output && !toStdout ? path.resolve(io.cwd, opts.output) : path.join(root, folderOf(kind), `${recordId}.yaml`);
  const body = skeleton(kind, { id: recordId, title: opts.title, implements: refs.length ? refs : undefined, today: todayUtc() });
  const text = `${modeline(kind, path.dirname(file), root)}${body}`;
  if (toStdout) {
    io.stdout.write(text);
    return 0;
  }
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text, { flag: 'wx' });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw (code === 'EEXIST' ? new UsageError(`${path.relative(io.cwd, file)} already exists; annexa new never overwrites`) : new IoError(`cannot write ${path.relative(io.cwd, file)}: ${code ?? String(err)}`));
  }
  io.stdout.write(`wrote ${path.relative(io.cwd, file)}\n`);
  return 0;
}

/** The YAML language server modeline: the schema inside the repo (node_modules/annexa) when annexa is installed there. */
function modeline(kind: string, fileDir: string, root: string): string {
  const schemas = path.relative(root, PACKAGE_ROOT).startsWith('..') ? path.join(root, 'node_modules/annexa/schemas') : path.join(PACKAGE_ROOT, 'schemas');
  const rel = path.relative(fileDir, path.join(schemas, SCHEMA_FILES[kind]!)).split(path.sep).join('/');
  return `# yaml-language-server: $schema=${rel}\n`;
}
