import type { Reporter } from './types.js';
import { text } from './text.js';
import { json } from './json.js';

/** Output formats by name. One file per format, each a pure function. */
export const REPORTERS: Record<string, Reporter> = {
  text,
  json,
};

export function formatNames(): string[] {
  return Object.keys(REPORTERS);
}
