import { ConfigError } from '../../core/errors.js';

/** Marks an error raised inside a partial block, so it is reported against the caller, not the partial. */
const FROM_CALLER = Symbol('annexa.fromCaller');

export function markFromCaller(err: unknown): unknown {
  if (err && typeof err === 'object') (err as Record<symbol, boolean>)[FROM_CALLER] = true;
  return err;
}

export function isFromCaller(err: unknown): boolean {
  return !!err && typeof err === 'object' && (err as Record<symbol, boolean>)[FROM_CALLER] === true;
}

export function clearFromCaller(err: unknown): void {
  if (err && typeof err === 'object') delete (err as Record<symbol, boolean>)[FROM_CALLER];
}

/**
 * A Handlebars compile or runtime error as `ConfigError("<file>:<line>: <message>")`. Parse errors carry
 * "Parse error on line N"; other Handlebars exceptions carry `lineNumber` when they know their location.
 */
export function templateError(err: unknown, file: string): ConfigError {
  if (err instanceof ConfigError) return err;
  const e = (err && typeof err === 'object' ? err : {}) as { message?: unknown; lineNumber?: unknown };
  let message = typeof e.message === 'string' ? e.message : String(err);
  let line = typeof e.lineNumber === 'number' ? e.lineNumber : undefined;
  const parse = /^Parse error on line (\d+):/.exec(message);
  if (parse) {
    line = Number(parse[1]);
    const lines = message.split('\n');
    message = `parse error: ${lines[lines.length - 1]}`;
  } else {
    message = message.replace(/ - \d+:\d+$/, '').replace(/^"([^"]*)" not defined in .*$/s, 'unknown field "$1" (templates are strict; see docs/pack.md for the view)')
      .replace(/^Cannot use 'in' operator to search for '([^']*)' in .*$/s, 'unknown field "$1": its parent is not an object')
      .replace(/^You specified knownHelpersOnly, but used the unknown helper (\S+)$/s, 'unknown helper "$1" (docs/pack.md lists the helpers)');
  }
  message = message.replace(/\s*\n\s*/g, ' ').trim();
  return new ConfigError(`${file}${line !== undefined ? `:${line}` : ''}: ${message}`);
}
