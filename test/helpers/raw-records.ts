import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';

/** A record as plain YAML data, read without annexa, so tests can derive figures independently. */
export interface RawRecord {
  kind?: string;
  metadata: { id: string };
  spec: Record<string, unknown>;
  /** Absolute path of the file the record is in. */
  file: string;
}

/** Every YAML document under root (recursively), in directory order. */
export function rawRecords(root: string): RawRecord[] {
  const out: RawRecord[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const abs = path.join(dir, e.name);
      if (e.isDirectory()) walk(abs);
      else if (/\.ya?ml$/.test(e.name)) {
        for (const d of parseAllDocuments(readFileSync(abs, 'utf8'))) {
          const v = d.toJS() as Omit<RawRecord, 'file'> | null;
          if (v && typeof v === 'object') out.push({ ...v, file: abs });
        }
      }
    }
  };
  walk(root);
  return out;
}
