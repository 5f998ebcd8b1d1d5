import type { SystemObligations, ObligationView } from '../../analysis/ai-act.js';

/** What the ai-act outputs render: obligations per system on a date, with the provenance of the data. */
export interface AiActReport {
  toolVersion: string;
  date: string;
  organization?: string;
  source: string;
  systems: SystemObligations[];
}

export const AI_ACT_DISCLAIMER =
  'ISO/IEC 42001 is not a harmonised standard under the AI Act and gives no presumption of conformity: related 42001 controls are leads, not proof. This view is a preparation aid, not legal advice.';

/** One line per route: roles, route and Article 50 / GPAI tags. */
export function classificationText(s: SystemObligations): string {
  const c = s.classification;
  const extra = c.tags.filter((t) => t !== c.route);
  return `${c.roles.join(', ') || 'no AI Act role'} · ${c.route}${c.annexIII ? ` (Annex III ${c.annexIII})` : ''}${extra.length ? ` · ${extra.join(', ')}` : ''}`;
}

/** What the repo holds for one article, in words. */
export function holdsText(o: ObligationView): string {
  const direct = o.direct.map((h) => `${h.kind} ${h.id}${h.status ? ` (${h.status})` : ''}`);
  const leads = o.leads.filter((l) => l.implementedBy.length > 0).map((l) => `${l.ref} via ${l.implementedBy.join(', ')} (${l.status})`);
  return [...direct, ...(leads.length ? [`related 42001: ${leads.join('; ')}`] : [])].join('; ') || 'nothing';
}

export function stateText(o: ObligationView): string {
  return o.inForce ? o.state : `${o.state}, applies from ${o.appliesFrom}`;
}
