/** What annexa knows about one record kind: its schema, its doc section and the references it makes. */

/** A reference found inside a record, with the JSON pointer it sits at. */
export interface RefAt {
  value: string;
  pointer: string;
}

/** A reference to another record, with the kind it must resolve to. */
export interface RecordRefAt extends RefAt {
  kind: string;
}

export interface KindDefinition<K extends string = string, S = unknown> {
  kind: K;
  /** File name in schemas/. */
  schemaFile: string;
  /** Heading anchor of the kind's section in docs/record-format.md. */
  docAnchor: string;
  /** One line: what a record of this kind holds (for docs and `annexa new`). */
  summary: string;
  /** Catalog control or clause refs the record names. */
  controlRefs?(spec: S): RefAt[];
  /** Ids of other records the record names (dangling-reference checks them). */
  recordRefs?(spec: S): RecordRefAt[];
  /** When the record is next due for review, and where that date sits (review-overdue reads it). */
  nextReview?(spec: S): RefAt | undefined;
}

/** Typed helper so each kind module keeps its literal kind name. */
export function defineKind<K extends string, S>(def: KindDefinition<K, S>): KindDefinition<K, S> {
  return def;
}

/** Refs of an optional list, with pointers `${base}/${i}`. */
export const each = (list: string[] | undefined, base: string): RefAt[] => (Array.isArray(list) ? list : []).map((value, i) => ({ value, pointer: `${base}/${i}` }));

/** The same refs, resolving to records of one kind. */
export const to = (kind: string, refs: RefAt[]): RecordRefAt[] => refs.map((x) => ({ ...x, kind }));

/** The review date at a plain `spec.nextReview`. */
export const plainReview = (s: { nextReview?: string }): RefAt | undefined => (s.nextReview ? { value: s.nextReview, pointer: '/spec/nextReview' } : undefined);

/** A single optional ref. */
export const one = (kind: string, value: string | undefined, pointer: string): RecordRefAt[] => (value ? [{ kind, value, pointer }] : []);
