import { flatString } from '../util/flat-string.js';

/**
 * Makes parsed values small before the model holds them for the whole run. Values parsed on the main
 * thread hold slices of their file's text (V8 then keeps the whole text alive) and arrays grown by push
 * (17 slots for one item); values from a worker carry a fresh copy of every string ("Bench team" once
 * per record). Strings go through one table (distinct ones copied flat), arrays are copied at their length.
 * Only for plain values (fast parse): no aliases, so no shared subtrees to copy twice, and a bounded depth.
 */
export class ValueCompactor {
  private readonly strings = new Map<string, string>();

  compact<T>(value: T): T {
    return this.visit(value) as T;
  }

  private visit(v: unknown): unknown {
    if (typeof v === 'string') return this.string(v);
    if (typeof v !== 'object' || v === null) return v;
    if (Array.isArray(v)) {
      const out = new Array<unknown>(v.length);
      for (let i = 0; i < v.length; i++) out[i] = this.visit(v[i]);
      return out;
    }
    const o = v as Record<string, unknown>;
    for (const k in o) o[k] = this.visit(o[k]);
    return o;
  }

  private string(s: string): string {
    let held = this.strings.get(s);
    if (held === undefined) {
      held = flatString(s);
      this.strings.set(held, held);
    }
    return held;
  }
}
