/**
 * Records per id they list in a field, in the records' order, each record once per id: one pass,
 * where filtering every record for every id made pack views quadratic in records.
 */
export function listedBy<R>(records: readonly R[], ids: (r: R) => readonly string[] | undefined): Map<string, R[]> {
  const out = new Map<string, R[]>();
  for (const r of records) {
    for (const id of new Set(ids(r) ?? [])) {
      const list = out.get(id);
      if (list) list.push(r);
      else out.set(id, [r]);
    }
  }
  return out;
}
