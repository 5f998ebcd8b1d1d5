import type { DiffRenderer } from './types.js';
import { text } from './text.js';
import { markdown } from './markdown.js';
import { json } from './json.js';

/** Output formats of `annexa diff`. */
export const DIFF_RENDERERS: Record<'text' | 'markdown' | 'json', DiffRenderer> = { text, markdown, json };
