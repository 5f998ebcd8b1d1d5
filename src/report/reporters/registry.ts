import type { Reporter } from './types.js';
import { text } from './text.js';
import { json } from './json.js';
import { sarif } from './sarif.js';
import { junit } from './junit.js';
import { github } from './github.js';
import { markdown } from './markdown.js';
import { gitlab } from './gitlab.js';

/** Output formats by name. One file per format, each a pure function. */
export const REPORTERS: Record<string, Reporter> = {
  text,
  json,
  sarif,
  junit,
  github,
  markdown,
  gitlab,
};

export function formatNames(): string[] {
  return Object.keys(REPORTERS);
}
