import type { CliIo } from './io.js';
export async function runCrosswalk(..._args: unknown[]): Promise<number> {
  void (null as unknown as CliIo);
  return 2;
}
