import { defineKind, one } from './kind.js';
import type { CorrectiveAction } from './nonconformity.js';

export interface ReviewInput {
  topic: string;
  covered: string;
  records?: string[];
}

export interface ManagementReviewSpec {
  standards: string[];
  date: string;
  participants: string[];
  inputs: ReviewInput[];
  decisions?: string[];
  actions?: CorrectiveAction[];
  minutes?: string;
}

/** A management review (9.3): its inputs with where each was covered, decisions and actions. */
export const managementReview = defineKind<'ManagementReview', ManagementReviewSpec>({
  kind: 'ManagementReview',
  schemaFile: 'management-review.schema.json',
  docAnchor: 'managementreview',
  summary: 'a management review with participants, every required input, decisions and actions',
  recordRefs: (s) => [
    ...one('Evidence', s.minutes, '/spec/minutes'),
    ...s.inputs.flatMap((input, i) => (input.records ?? []).flatMap((ref, j) => {
      const [kind, id] = ref.split('/');
      return kind && id ? [{ kind, value: id, pointer: `/spec/inputs/${i}/records/${j}` }] : [];
    })),
  ],
});
