import type { AnyRecord, RecordKind } from '../../model/types.js';
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
