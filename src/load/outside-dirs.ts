import { realpathSync } from 'node:fs';
import path from 'node:path';
import type { Finding } from '../core/finding.js';
import { isInside } from './read-file.js';

/**
 * Splits discovered files into those whose folder resolves inside the repository and findings for
 * those reached through a symlinked folder that leads out (an include glob can name such a folder
 * explicitly; read-file only sees the file itself). One realpath per distinct folder, not per file.
 */
export function dropOutsideDirs(root: string, files: string[]): { files: string[]; findings: Finding[] } {
  const realRoot = realpathSync(root);
  const verdict = new Map<string, string | null>();
  const kept: string[] = [];
  const findings: Finding[] = [];
  for (const file of files) {
    const dir = path.posix.dirname(file);
    let outside = verdict.get(dir);
    if (outside === undefined) {
      outside = null;
      if (dir !== '.') {
        try {
          const real = realpathSync(path.join(root, dir));
          if (!isInside(realRoot, real)) outside = path.relative(realRoot, real).split(path.sep).join('/');
        } catch {
          outside = null; // unreadable folders are reported when their files are read
        }
      }
      verdict.set(dir, outside);
    }
    if (outside === null) kept.push(file);
    else findings.push({ ruleId: 'symlink-outside-repo', severity: 'error', message: `the folder of this file is a symbolic link that points outside the repository (to ${outside}); not read`, location: { file, line: 1, column: 1 } });
  }
  return { files: kept, findings };
}
