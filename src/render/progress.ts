import type { CliIo } from '../core/io.js';

export interface Progress {
  update(message: string): void;
  done(): void;
}

/** One self-overwriting status line on stderr, only on a TTY outside CI and without --quiet. */
export function createProgress(io: CliIo, quiet: boolean): Progress {
  const enabled = !quiet && !io.env.CI && !!io.stderr.isTTY;
  let shown = false;
  return {
    update(message) {
      if (!enabled) return;
      io.stderr.write(`\r\x1b[2K${message}`);
      shown = true;
    },
    done() {
      if (enabled && shown) io.stderr.write('\r\x1b[2K');
      shown = false;
    },
  };
}
