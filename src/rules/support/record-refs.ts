import type { AnyRecord, RecordKind } from '../../model/types.js';
import type { Model } from '../../model/model.js';
import { kindDefinition } from '../../model/kinds/index.js';
import type { RefAt } from '../../model/kinds/kind.js';

export type { RefAt };

/** Every catalog control ref a record names, with the pointer of each (the hooks live in src/model/kinds). */
export function controlRefs(r: AnyRecord): RefAt[] {
  return kindDefinition(r.kind)?.controlRefs?.(r.spec as never) ?? [];
}

/** Every reference from a record to another record, with the kind it must resolve to. */
export function recordRefs(r: AnyRecord): (RefAt & { kind: RecordKind })[] {
  return (kindDefinition(r.kind)?.recordRefs?.(r.spec as never) ?? []) as (RefAt & { kind: RecordKind })[];
}

/**
 * The records whose references the reference rules check, each with the refs to look at: every valid
 * record, and every schema-invalid one that is still readable. The hooks assume valid records, so on an
 * invalid one they may throw or yield non-strings; those refs, and refs at a pointer the schema already
 * reported, are left to the schema finding.
 */
export function readableRefs<R extends RefAt>(model: Model, refsOf: (r: AnyRecord) => R[]): { record: AnyRecord; refs: R[] }[] {
  const out = model.records.map((record) => ({ record, refs: refsOf(record) }));
  for (const { record, schemaPointers } of model.unvalidated) {
    let refs: R[];
    try {
      refs = refsOf(record);
    } catch {
      continue;
    }
    refs = refs.filter((x) => typeof x.value === 'string' && x.value !== '' && !schemaPointers.has(x.pointer));
    if (refs.length) out.push({ record, refs });
  }
  return out;
}
