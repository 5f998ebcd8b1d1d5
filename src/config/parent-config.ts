import { existsSync } from 'node:fs';
import path from 'node:path';
import { CONFIG_FILES } from './types.js';

/** The nearest folder above `root` that holds an annexa.yaml, for a hint when a subfolder was checked by mistake. */
export function parentConfigDir(root: string): string | undefined {
  for (let dir = path.dirname(root); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (CONFIG_FILES.some((f) => existsSync(path.join(dir, f)))) return dir;
  }
  return undefined;
}
