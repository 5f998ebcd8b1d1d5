import type { Rule } from './types.js';
import { pathState, repoPaths } from './support/repo-paths.js';

export const rule: Rule = {
  meta: { id: 'file-missing', description: 'An evidence path or policy document names a file that does not exist in the repository.', defaultSeverity: 'error', scope: 'validate' },
  check(ctx) {
    for (const p of repoPaths(ctx.model.records)) {
      if (pathState(ctx.root, p.value) === 'missing') {
        ctx.report({ record: p.record, pointer: p.pointer, message: `${p.what} "${p.value}" of ${p.record.kind} ${p.record.metadata.id} does not exist` });
      }
    }
  },
};
