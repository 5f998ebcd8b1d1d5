import path from 'node:path';
import { UsageError } from '../core/errors.js';

/** Output extensions annexa recognises, longest first; the first format is the one inferred. */
const EXTENSIONS: [string, string[]][] = [
  ['.sarif.json', ['sarif']],
  ['.sarif', ['sarif']],
  ['.xml', ['junit']],
  ['.md', ['markdown']],
  ['.markdown', ['markdown']],
  // SARIF and GitLab Code Quality reports are JSON too (gl-code-quality.json).
  ['.json', ['json', 'sarif', 'gitlab']],
  ['.txt', ['text']],
];

/** Formats an output file's extension allows, or undefined when the extension says nothing (`-`, `report`). */
export function formatsForExtension(file: string): string[] | undefined {
  const name = path.basename(file).toLowerCase();
  return EXTENSIONS.find(([ext]) => name.endsWith(ext))?.[1];
}

export interface OutputTarget {
  format: string;
  output?: string;
}

/**
 * Pairs `--format` and `--output` options. Commander keeps the two lists apart, so
 * `-f text -f markdown -o check.md` cannot be paired by position alone: an output with a known
 * extension goes to a format its extension allows (by position when that fits, else the first free
 * one); an output with a known extension and no such format gets the inferred format when no format
 * is left free, and is refused when it would have to take a contradicting one. Outputs without a
 * known extension take the free formats in order. Formats left over go to stdout.
 */
export function pairOutputs(given: string[], outputs: string[], known: string[]): OutputTarget[] {
  // No format and no telling extension: text, as always (`-o report` writes the text report).
  const formats = given.length === 0 && !outputs.some((o) => formatsForExtension(o)) ? ['text'] : given;
  for (const f of formats) {
    if (!known.includes(f)) throw new UsageError(`unknown format "${f}"; use one of ${known.join(', ')}`);
  }
  const paired: (string | undefined)[] = formats.map(() => undefined);
  const inferred: OutputTarget[] = [];
  const free = (allowed?: string[]) => formats.findIndex((f, i) => paired[i] === undefined && (!allowed || allowed.includes(f)));
  const typed = outputs.map((o, i) => ({ o, i, allowed: o === '-' ? undefined : formatsForExtension(o) }));
  // First the pairs whose positions already agree with their extensions.
  const rest = typed.filter(({ o, i, allowed }) => {
    if (!allowed || i >= formats.length || paired[i] !== undefined || !allowed.includes(formats[i]!)) return true;
    paired[i] = o;
    return false;
  });
  for (const { o, i, allowed } of rest.filter((t) => t.allowed)) {
    const match = free(allowed);
    if (match >= 0) paired[match] = o;
    else if (free() < 0) inferred.push({ format: allowed![0]!, output: o });
    else {
      const other = formats[i] !== undefined && paired[i] === undefined ? formats[i]! : formats[free()]!;
      throw new UsageError(`--output ${o} is ${allowed!.join(' or ')} by its extension, but would be paired with --format ${other}; add -f ${allowed![0]} before it or rename the file`);
    }
  }
  for (const { o } of rest.filter((t) => !t.allowed)) {
    const match = free();
    if (match >= 0) paired[match] = o;
    else throw new UsageError(`more --output (${outputs.length}) than --format (${formats.length}) options`);
  }
  const targets: OutputTarget[] = formats.map((format, i) => ({ format, output: paired[i] }));
  return [...targets, ...inferred];
}
