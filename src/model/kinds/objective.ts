import { defineKind, one } from './kind.js';

export interface Measurement {
  date: string;
  value: number;
  note?: string;
}

export interface ObjectiveSpec {
  standards: string[];
  measure?: { description: string; unit?: string; direction: 'at-least' | 'at-most' };
  target?: number;
  owner?: string;
  due?: string;
  plan?: string;
  policy?: string;
  measurements?: Measurement[];
}

/** A measurable objective of the management system (6.2) and its dated measurements (9.1). */
export const objective = defineKind<'Objective', ObjectiveSpec>({
  kind: 'Objective',
  schemaFile: 'objective.schema.json',
  docAnchor: 'objective',
  summary: 'a measurable objective with target, owner, plan and dated measurements',
  recordRefs: (s) => one('Policy', s.policy, '/spec/policy'),
});
