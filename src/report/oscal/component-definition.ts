import type { Analysis } from '../../analysis/analyze.js';
import type { SoaEntry } from '../../analysis/types.js';
import type { Model } from '../../model/model.js';
import { splitRef } from '../../catalog/catalog-set.js';
import { metadata, oneLine, oscalId, prop, roleId, uriRef, type OscalContext } from './common.js';
import { oscalUuid } from './uuid.js';

export interface ComponentInput {
  analysis: Analysis;
  model: Model;
  scope?: string;
}

/** Owners of the Control records behind a SoA entry (record owner, else metadata owner). */
function owners(e: SoaEntry, model: Model): string[] {
  const out = e.implementedBy.map((i) => {
    const r = model.get('Control', i.id);
    return r?.spec.owner ?? r?.metadata.owner;
  });
  return [...new Set(out.filter((o): o is string => !!o && o.trim() !== ''))].sort();
}

/** What the records say about one control, in their own words: titles, justifications, AI notes. */
function description(e: SoaEntry, model: Model): string {
  const lines = e.implementedBy.map((i) => {
    const r = model.get('Control', i.id);
    const just = r?.spec.justification?.trim();
    return `${i.title} (${i.id}, ${i.status})${just ? `: ${just}` : ''}`;
  });
  return lines.join('\n\n');
}

function requirement(e: SoaEntry, model: Model): Record<string, unknown> {
  const who = owners(e, model);
  const links = e.evidence.map((ev) => ({ href: uriRef(ev.url ?? ev.path ?? `#evidence-${ev.id}`), rel: 'evidence', text: oneLine(`${ev.title} (${ev.id})`) }));
  const ai = e.implementedBy.map((i) => i.aiConsiderations?.trim()).filter((s): s is string => !!s);
  return {
    uuid: oscalUuid('implemented-requirement', e.ref),
    'control-id': oscalId(splitRef(e.ref)[1] ?? e.ref),
    description: description(e, model),
    props: [
      prop('implementation-status', e.status),
      prop('applicable', e.applicable === false ? 'no' : 'yes'),
      ...e.implementedBy.map((i) => prop('control-record', i.id)),
      ...(e.status === 'not-applicable' ? e.exclusion.map((x) => prop('exclusion-justification', x)) : []),
    ],
    ...(links.length ? { links } : {}),
    ...(who.length ? { 'responsible-roles': who.map((o) => ({ 'role-id': roleId(o) })) } : {}),
    ...(ai.length ? { remarks: ai.join('\n\n') } : {}),
  };
}

/**
 * The organisation's management system as one OSCAL component whose control implementations are the
 * Control records: per decided Annex A control its status, responsible roles, description and evidence links.
 */
export function oscalComponentDefinition(input: ComponentInput, ctx: OscalContext): unknown {
  const { analysis, model } = input;
  const decided = analysis.standards.map((s) => ({ s, entries: s.soa.filter((e) => e.status !== 'no-decision') })).filter((x) => x.entries.length > 0);
  const allOwners = [...new Set(decided.flatMap((x) => x.entries.flatMap((e) => owners(e, model))))].sort();
  const org = ctx.organization ?? 'the organisation';
  return {
    'component-definition': {
      uuid: oscalUuid('component-definition', org, ctx.date),
      metadata: metadata(ctx, `Control implementations of ${org}`, {
        ...(allOwners.length ? { roles: [...new Map(allOwners.map((o) => [roleId(o), { id: roleId(o), title: oneLine(o) }])).values()] } : {}),
      }),
      components: [
        {
          uuid: oscalUuid('component', org),
          type: 'this-system',
          title: oneLine(`${org} ISMS and AIMS`),
          description: input.scope?.trim() || `The information security and AI management systems of ${org}.`,
          ...(decided.length
            ? {
                'control-implementations': decided.map(({ s, entries }) => ({
                  uuid: oscalUuid('control-implementation', s.catalog),
                  source: `${s.catalog}-catalog.json`,
                  description: oneLine(`Statement of Applicability decisions for ${s.title}.`),
                  props: [prop('standard', s.standard)],
                  'implemented-requirements': entries.map((e) => requirement(e, model)),
                })),
              }
            : {}),
        },
      ],
    },
  };
}
