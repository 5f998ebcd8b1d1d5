import type { SourceFile } from './parse.js';

/**
 * Every file read, by a fingerprint of its text rather than the text: at 100,000 files the texts were
 * a large share of memory, and only files with findings need them again (for positions), read anew.
 * Files parsed outside the record pass (config) are held parsed.
 */
export class SourceStore {
  private readonly prints = new Map<string, string>();
  private readonly parsed = new Map<string, SourceFile>();

  /** root and maxBytes: how the files were read, so they can be read again the same way. */
  constructor(
    readonly root = '',
    readonly maxBytes?: number,
  ) {}

  addRead(file: string, print: string): void {
    this.prints.set(file, print);
  }

  /** Registers an already parsed file (config, catalogs). */
  addParsed(source: SourceFile): void {
    this.parsed.set(source.path, source);
    this.prints.set(source.path, '');
  }

  get size(): number {
    return this.prints.size;
  }

  has(file: string): boolean {
    return this.prints.has(file);
  }

  files(): string[] {
    return [...this.prints.keys()].sort();
  }

  /** The fingerprint of the text read from a file, or undefined when it was not read as text. */
  fingerprint(file: string): string | undefined {
    return this.prints.get(file);
  }

  /** The parsed file when one is already held (config, catalogs), without parsing. */
  parsedIfHeld(file: string): SourceFile | undefined {
    return this.parsed.get(file);
  }
}
