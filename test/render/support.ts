import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.js';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const EXAMPLE = path.join(REPO, 'examples/acme-health');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with a fake io; `cwd` resolves relative paths. */
export async function runCli(argv: string[], opts: { cwd: string; env?: Record<string, string>; tty?: boolean }): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: { write: (s: string) => (stdout += s), isTTY: false },
    stderr: { write: (s: string) => (stderr += s), isTTY: opts.tty ?? false },
    env: opts.env ?? {},
    cwd: opts.cwd,
  });
  return { code, stdout, stderr };
}

/** A fresh temporary folder; remove it with `cleanup`. */
export async function tempDir(prefix = 'annexa-render-'): Promise<string> {
  return mkdtemp(path.join(tmpdir(), prefix));
}

export async function cleanup(...dirs: string[]): Promise<void> {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
}

/** Copies examples/acme-health into `dir/repo` and returns that path. */
export async function copyExample(dir: string): Promise<string> {
  const repo = path.join(dir, 'repo');
  await cp(EXAMPLE, repo, { recursive: true });
  return repo;
}

/** Every file below `dir` as sorted relative POSIX paths. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

/** Contents of every file below `dir`, keyed by relative path. */
export async function readAll(dir: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  for (const f of await listFiles(dir)) out.set(f, await readFile(path.join(dir, f)));
  return out;
}

export const SCRIPT_TITLE = '<script>alert(1)</script>';
export const IMG_TITLE = '"><img src=x onerror=alert(1)>';

/** Copies the example and puts script-bearing titles on an AI system and a risk, and a javascript: URL on a link. */
export async function hostileExample(dir: string): Promise<string> {
  const repo = await copyExample(dir);
  const edit = async (file: string, from: RegExp, to: string) => {
    const p = path.join(repo, file);
    const text = await readFile(p, 'utf8');
    if (!from.test(text)) throw new Error(`${file}: ${from} not found`);
    await writeFile(p, text.replace(from, to));
  };
  await edit('ai-systems/ai-triage.yaml', /^ {2}title: Clinical Triage Assistant$/m, `  title: "${SCRIPT_TITLE}"`);
  await edit('risks/ai.yaml', /^ {2}title: Triage model performance degrades through drift$/m, `  title: '${IMG_TITLE}'`);
  await edit('ai-systems/ai-triage.yaml', /url: https:\/\/docs\.acme-health\.example\/triage\/ifu/, 'url: "javascript:alert(1)"');
  return repo;
}
