import { createHash } from 'node:crypto';
import { byString } from './format.js';
import type { PackFile } from './render-pack.js';

export const MANIFEST_FILE = 'manifest.json';

/** manifest.json: what the pack holds and where it came from. Sorted, no clock, no absolute paths. */
export interface Manifest {
  tool: { name: string; version: string };
  date: string;
  source: { commit?: string; branch?: string; dirty?: boolean };
  files: { path: string; sha256: string }[];
}

export function sha256(content: string | Buffer): string {
  return createHash('sha256').update(content).digest('hex');
}

/** One pack file's manifest entry. */
export function manifestEntry(file: PackFile): Manifest['files'][number] {
  return { path: file.path, sha256: sha256(typeof file.content === 'string' ? Buffer.from(file.content, 'utf8') : file.content) };
}

/** The manifest file from the entries of the pack's files, made as each was written (manifestEntry); it does not list itself. */
export function manifestOf(entries: Manifest['files'], meta: Omit<Manifest, 'files'>): PackFile & { content: string } {
  const manifest: Manifest = {
    tool: { name: meta.tool.name, version: meta.tool.version },
    date: meta.date,
    source: {
      ...(meta.source.commit !== undefined ? { commit: meta.source.commit } : {}),
      ...(meta.source.branch !== undefined ? { branch: meta.source.branch } : {}),
      ...(meta.source.dirty !== undefined ? { dirty: meta.source.dirty } : {}),
    },
    files: [...entries].sort((a, b) => byString(a.path, b.path)),
  };
  return { path: MANIFEST_FILE, content: `${JSON.stringify(manifest, null, 2)}\n` };
}

/** True when parsed JSON looks like a manifest annexa wrote. */
export function isAnnexaManifest(v: unknown): v is Manifest {
  const m = v as Partial<Manifest> | null;
  return !!m && typeof m === 'object' && m.tool?.name === 'annexa' && Array.isArray(m.files) && m.files.every((f) => typeof f?.path === 'string');
}
