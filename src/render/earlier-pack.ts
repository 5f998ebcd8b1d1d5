import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { isAnnexaManifest, MANIFEST_FILE, sha256 } from './manifest.js';

/** Files a pack may hold: plain relative names with the extensions annexa writes. */
const PACK_PATH = /^[A-Za-z0-9][A-Za-z0-9._-]*(\/[A-Za-z0-9][A-Za-z0-9._-]*)*\.(html|md|json|csv|xlsx|docx|xml|svg|css)$/;

/**
 * An earlier pack, safe to replace as a whole: its manifest.json is annexa's, lists index.html and
 * only names a pack can hold, every listed file exists as a regular file with the listed SHA-256,
 * and the folder holds nothing else. The manifest's word alone is not enough: a forged one would
 * otherwise make a foreign folder count as a pack and be deleted.
 */
export async function isEarlierPack(out: string): Promise<boolean> {
  let manifest: unknown;
  try {
    manifest = JSON.parse(await readFile(path.join(out, MANIFEST_FILE), 'utf8'));
  } catch {
    return false;
  }
  if (!isAnnexaManifest(manifest)) return false;
  const listed = new Map<string, unknown>();
  for (const f of manifest.files) {
    if (!PACK_PATH.test(f.path) || f.path === MANIFEST_FILE || listed.has(f.path)) return false;
    listed.set(f.path, (f as { sha256?: unknown }).sha256);
  }
  if (!listed.has('index.html')) return false;
  const files = await listFiles(out, '', listed.size + 2);
  if (!files || files.length !== listed.size + 1 || !files.every((f) => f === MANIFEST_FILE || listed.has(f))) return false;
  for (const [rel, hash] of listed) {
    const content = await readFile(path.join(out, ...rel.split('/'))).catch(() => undefined);
    if (!content || typeof hash !== 'string' || sha256(content) !== hash) return false;
  }
  return true;
}

/** Files below `dir` as relative POSIX paths; undefined when there are more than `limit`, or a symlink or special file. */
async function listFiles(dir: string, prefix: string, limit: number, acc: string[] = []): Promise<string[] | undefined> {
  for (const e of await readdir(path.join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) {
      if (!(await listFiles(dir, rel, limit, acc))) return undefined;
    } else if (e.isFile()) acc.push(rel);
    else return undefined;
    if (acc.length > limit) return undefined;
  }
  return acc;
}
