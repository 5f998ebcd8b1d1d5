import type { Rule } from './types.js';
import { pathState, repoPaths } from './support/repo-paths.js';

export const rule: Rule = {
  meta: { id: 'path-outside-repo', description: 'An evidence path or policy document points outside the repository (absolute, `..`, or through a symlink).', defaultSeverity: 'error', scope: 'validate' },
  check(ctx) {
    for (const p of repoPaths(ctx.model.records)) {
      const state = pathState(ctx.root, p.value);
      if (state === 'invalid') {
        ctx.report({ record: p.record, pointer: p.pointer, message: `${p.what} ${JSON.stringify(p.value)} of ${p.record.kind} ${p.record.metadata.id} contains a control character (such as NUL); it cannot name a file in the repository` });
      } else if (state === 'outside') {
        ctx.report({ record: p.record, pointer: p.pointer, message: `${p.what} "${p.value}" of ${p.record.kind} ${p.record.metadata.id} leaves the repository; files that records point at must live inside it` });
      }
    }
  },
};
