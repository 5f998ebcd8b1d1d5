import type { CliIo } from '../core/io.js';

export type { CliIo };

/** Colour on a TTY unless NO_COLOR is set (https://no-color.org) or FORCE_COLOR=0. */
export function useColor(io: CliIo, stream: 'stdout' | 'stderr' = 'stdout'): boolean {
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined) return io.env.FORCE_COLOR !== '0';
  return !!io[stream].isTTY;
}
