import { parseSource, type SourceFile } from './parse.js';

/**
 * The text of every file read, with its YAML syntax tree built only when asked for: positions
 * are needed for the few files that have findings, and keeping every tree costs memory and time.
 */
export class SourceStore {
  private readonly texts = new Map<string, string>();
  private readonly parsed = new Map<string, SourceFile>();

  addText(file: string, text: string): void {
    this.texts.set(file, text);
  }

  /** Registers an already parsed file (config, catalogs). */
  addParsed(source: SourceFile): void {
    this.texts.set(source.path, source.text);
    this.parsed.set(source.path, source);
  }

  get size(): number {
    return this.texts.size;
  }

  has(file: string): boolean {
    return this.texts.has(file);
  }

  files(): string[] {
    return [...this.texts.keys()].sort();
  }

  /** The text of a file read, or undefined. */
  text(file: string): string | undefined {
    return this.texts.get(file);
  }

  /** The parsed file when one is already held (config, catalogs), without parsing. */
  parsedIfHeld(file: string): SourceFile | undefined {
    return this.parsed.get(file);
  }

  /** The parsed file (parsed now if it was not yet), or undefined when it was not read. */
  get(file: string): SourceFile | undefined {
    let s = this.parsed.get(file);
    if (s) return s;
    const text = this.texts.get(file);
    if (text === undefined) return undefined;
    s = parseSource(file, text).source;
    this.parsed.set(file, s);
    return s;
  }
}
