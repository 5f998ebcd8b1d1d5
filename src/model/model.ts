import type { AnyRecord, ControlRecord, RecordByKind, RecordKind, SourceRef } from './types.js';
import { tierOf } from './ai-act-classification.js';

/** The one index over all valid records: by kind, by id, and Control decisions by control ref. */
export class Model {
  readonly records: AnyRecord[] = [];
  private readonly kinds = new Map<string, Map<string, AnyRecord>>();
  /** Every id seen per kind, valid or not, with where it was declared (for duplicate-id and dangling refs). */
  readonly declared = new Map<string, Map<string, SourceRef[]>>();
  /** Control decisions per catalog control ref. */
  readonly decisions = new Map<string, ControlRecord[]>();
  /** Refs named by Control records that failed schema validation: not counted, but not reported as unmapped. */
  readonly partialRefs = new Set<string>();
  /**
   * Records that failed schema validation but are still readable (an id and a spec mapping), with the
   * pointers schema findings were reported at. They count for nothing, but the reference rules check
   * them, so one run reports a broken reference beside the schema error instead of after its fix.
   */
  readonly unvalidated: { record: AnyRecord; schemaPointers: Set<string> }[] = [];
  /** Sorted lists per kind, dropped on add: views and rules ask for the same list once per record. */
  private readonly sorted = new Map<string, AnyRecord[]>();

  declare(kind: string, id: string, source: SourceRef): void {
    let ids = this.declared.get(kind);
    if (!ids) this.declared.set(kind, (ids = new Map()));
    const list = ids.get(id);
    // A literal, not a push onto []: push reserves 17 slots, ~13 MB of empty slots at 100,000 ids.
    if (list) list.push(source);
    else ids.set(id, [source]);
  }

  add(record: AnyRecord): void {
    // Records classified only through spec.aiAct still get the one-word tier older views and diffs show.
    if (record.kind === 'AISystem' && !record.spec.riskTier) record = { ...record, spec: { ...record.spec, riskTier: tierOf(record.spec) } };
    let byId = this.kinds.get(record.kind);
    if (!byId) this.kinds.set(record.kind, (byId = new Map()));
    if (byId.has(record.metadata.id)) return; // duplicates are reported; the first one wins
    byId.set(record.metadata.id, record);
    this.sorted.delete(record.kind);
    this.records.push(record);
    if (record.kind === 'Control') {
      for (const ref of new Set(record.spec.implements)) {
        const list = this.decisions.get(ref) ?? [];
        list.push(record);
        this.decisions.set(ref, list);
      }
    }
  }

  /** Records of a kind, sorted by id. */
  list<K extends RecordKind>(kind: K): RecordByKind[K][] {
    const byId = this.kinds.get(kind);
    if (!byId) return [];
    let list = this.sorted.get(kind);
    if (!list) this.sorted.set(kind, (list = [...byId.values()].sort((a, b) => (a.metadata.id < b.metadata.id ? -1 : a.metadata.id > b.metadata.id ? 1 : 0))));
    // A copy: callers may sort or filter in place.
    return list.slice() as RecordByKind[K][];
  }

  get<K extends RecordKind>(kind: K, id: string): RecordByKind[K] | undefined {
    return this.kinds.get(kind)?.get(id) as RecordByKind[K] | undefined;
  }

  /** True when a record of that kind and id was declared anywhere (even if invalid). */
  has(kind: string, id: string): boolean {
    return this.declared.get(kind)?.has(id) ?? false;
  }
}
