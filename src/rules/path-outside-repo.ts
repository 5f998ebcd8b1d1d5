import type { Rule } from './types.js';
import { pathState, repoPaths } from './support/repo-paths.js';

export const rule: Rule = {
  meta: { id: 'path-outside-repo', description: 'An evidence path or policy document points outside the repository (absolute, `..`, or through a symlink).', defaultSeverity: 'error', scope: 'validate' },
  check(ctx) {
    for (const p of repoPaths(ctx.model.records)) {
      if (pathState(ctx.root, p.value) === 'outside') {
        ctx.report({ record: p.record, pointer: p.pointer, message: `${p.what} "${p.value}" of ${p.record.kind} ${p.record.metadata.id} leaves the repository; files that records point at must live inside it` });
      }
    }
  },
};
