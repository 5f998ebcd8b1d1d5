/**
 * Items per key, in the items' order, one pass: `keys` gives one key, a list of keys (each item listed once per
 * distinct key) or none; `value` what is kept of the item. Filtering every item per key is quadratic.
 */
export function groupBy<T, V = T>(
  items: Iterable<T>,
  keys: (item: T) => string | readonly string[] | undefined,
  value: (item: T) => V = (item) => item as unknown as V,
): Map<string, V[]> {
  const out = new Map<string, V[]>();
  for (const item of items) {
    const k = keys(item);
    if (k === undefined) continue;
    const v = value(item);
    for (const key of typeof k === 'string' ? [k] : new Set(k)) {
      const list = out.get(key);
      if (list) list.push(v);
      else out.set(key, [v]);
    }
  }
  return out;
}
