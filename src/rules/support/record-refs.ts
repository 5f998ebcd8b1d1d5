import type { AnyRecord, RecordKind } from '../../model/types.js';

export interface RefAt {
  value: string;
  pointer: string;
}

const each = (list: string[] | undefined, base: string): RefAt[] => (list ?? []).map((value, i) => ({ value, pointer: `${base}/${i}` }));

/** Every catalog control ref a record names, with the pointer of each. */
export function controlRefs(r: AnyRecord): RefAt[] {
  switch (r.kind) {
    case 'Control':
      return each(r.spec.implements, '/spec/implements');
    case 'Risk':
      return each(r.spec.treatment?.controls, '/spec/treatment/controls');
    case 'Policy':
      return each(r.spec.addresses, '/spec/addresses');
    case 'ImpactAssessment':
      return (r.spec.mitigations ?? []).flatMap((m, i) => each(m.controls, `/spec/mitigations/${i}/controls`));
    default:
      return [];
  }
}

/** Every reference from a record to another record, with the kind it must resolve to. */
export function recordRefs(r: AnyRecord): (RefAt & { kind: RecordKind })[] {
  const to = (kind: RecordKind, refs: RefAt[]) => refs.map((x) => ({ ...x, kind }));
  switch (r.kind) {
    case 'Control':
      return [...to('Evidence', each(r.spec.evidence, '/spec/evidence')), ...to('Policy', each(r.spec.policies, '/spec/policies'))];
    case 'Risk':
      return to('AISystem', each(r.spec.aiSystems, '/spec/aiSystems'));
    case 'AISystem':
      return r.spec.impactAssessment ? [{ kind: 'ImpactAssessment', value: r.spec.impactAssessment, pointer: '/spec/impactAssessment' }] : [];
    case 'ImpactAssessment':
      return [{ kind: 'AISystem', value: r.spec.aiSystem, pointer: '/spec/aiSystem' }, ...to('Risk', each(r.spec.risks, '/spec/risks'))];
    default:
      return [];
  }
}
