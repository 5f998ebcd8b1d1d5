import { aiActView, type ObligationView, type SystemObligations } from '../../analysis/ai-act.js';
import { loadObligations } from '../../catalog/ai-act-obligations.js';
import type { ViewContext } from './context.js';

export interface AiActRowView {
  ref: string;
  title: string;
  roles: string;
  appliesFrom: string;
  inForce: boolean;
  state: string;
  direct: string[];
  leads: string[];
}

export interface AiActSystemView {
  id: string;
  title: string;
  roles: string;
  route: string;
  extra: string;
  notes: string[];
  counts: SystemObligations['counts'];
  rows: AiActRowView[];
}

/** The "EU AI Act" pack page: obligations per AI system on the pack date, with what the records hold. */
export interface AiActPageView {
  source: string;
  systems: AiActSystemView[];
  totals: { systems: number; inForce: number; open: number };
}

function row(o: ObligationView): AiActRowView {
  return {
    ref: o.ref, title: o.title, roles: o.roles.join(', '), appliesFrom: o.appliesFrom, inForce: o.inForce, state: o.state,
    direct: o.direct.map((h) => `${h.kind} ${h.id}${h.status ? ` (${h.status})` : ''}`),
    leads: o.leads.filter((l) => l.implementedBy.length > 0).map((l) => `${l.ref} — ${l.implementedBy.join(', ')} (${l.status})`),
  };
}

export function buildAiActView(ctx: ViewContext): AiActPageView {
  const systems = aiActView(ctx.model, ctx.catalogs, ctx.date).map((s) => {
    const c = s.classification;
    return {
      id: s.id, title: s.title, roles: c.roles.join(', ') || 'no AI Act role', route: `${c.route}${c.annexIII ? ` (Annex III ${c.annexIII})` : ''}`,
      extra: c.tags.filter((t) => t !== c.route).join(', '), notes: c.notes, counts: s.counts, rows: s.obligations.map(row),
    };
  });
  return {
    source: loadObligations().source,
    systems,
    totals: { systems: systems.length, inForce: systems.reduce((n, s) => n + s.counts.inForce, 0), open: systems.reduce((n, s) => n + s.rows.filter((r) => r.inForce && r.state === 'open').length, 0) },
  };
}
