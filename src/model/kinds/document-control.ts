/** Document control (7.5): the one block every document-like record (Policy, Scope, ...) shares. */

export interface Approval {
  by?: string;
  date?: string;
}

export interface DocumentControl {
  version?: string;
  owner?: string;
  approval?: Approval;
  classification?: string;
  nextReview?: string;
}

/** The approval of a document-like record: its documentControl block, else the older top-level field. */
export function approvalOf(spec: { documentControl?: DocumentControl; approval?: Approval }): Approval | undefined {
  return spec.documentControl?.approval ?? spec.approval;
}

/** The next review date of a document-like record and where it sits: its documentControl block, else a top-level field. */
export function documentReview(spec: { documentControl?: DocumentControl; nextReview?: string }): { value: string; pointer: string } | undefined {
  if (spec.documentControl?.nextReview) return { value: spec.documentControl.nextReview, pointer: '/spec/documentControl/nextReview' };
  return spec.nextReview ? { value: spec.nextReview, pointer: '/spec/nextReview' } : undefined;
}
