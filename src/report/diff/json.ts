import type { DiffRenderer } from './types.js';
import { changeCount } from './format.js';

/**
 * Machine-readable diff: fixed key order (the model diff builds its objects literally), null for
 * absent values, 2-space indented, trailing newline.
 */
export const json: DiffRenderer = (r) =>
  JSON.stringify(
    {
      tool: { name: 'annexa', version: r.toolVersion },
      command: 'diff',
      from: r.from,
      to: r.to,
      summary: { changes: changeCount(r.diff) },
      ...r.diff,
    },
    null,
    2,
  ) + '\n';
