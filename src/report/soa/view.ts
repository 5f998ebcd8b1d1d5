import type { Analysis, StandardAnalysis } from '../../analysis/analyze.js';
import type { SoaEntry } from '../../analysis/types.js';

/** What the SoA renderers print: the analysis narrowed by the user's filters. */
export interface SoaView {
  toolVersion: string;
  date: string;
  organization?: string;
  standards: StandardAnalysis[];
  integrated: Analysis['integrated'];
}

export interface SoaFilters {
  standard?: string[];
  theme?: string[];
  status?: string[];
}

/** Applies --standard/--theme/--status to the rows; coverage stays that of the whole standard. */
export function filterAnalysis(a: Analysis, filters: SoaFilters): Analysis {
  const f = { standard: filters.standard ?? [], theme: filters.theme ?? [], status: filters.status ?? [] };
  const std = f.standard.map((s) => s.split(':')[0]!);
  const standards = a.standards
    .filter((s) => std.length === 0 || std.includes(s.catalog))
    .map((s) => ({ ...s, soa: s.soa.filter((e) => (f.theme.length === 0 || f.theme.includes(e.group.id)) && (f.status.length === 0 || f.status.includes(e.status))) }));
  return { ...a, standards };
}

/** Why a control is in or out, as one line for tables and CSV. */
export function justificationText(e: SoaEntry): string {
  if (e.status === 'not-applicable') return e.exclusion.join(' / ');
  const parts: string[] = [];
  // Titles, not bare ids: an auditor reads the reason without looking ids up.
  const named = (ids: string[], titles: string[]) => ids.map((id, i) => (titles[i] ? `${id} ${titles[i]}` : id)).join(', ');
  if (e.inclusion.risks.length) parts.push(`risks: ${named(e.inclusion.risks, e.inclusion.riskTitles)}`);
  if (e.inclusion.policies.length) parts.push(`policies: ${named(e.inclusion.policies, e.inclusion.policyTitles)}`);
  if (e.inclusion.requirements.length) parts.push(`requirements: ${e.inclusion.requirements.join(', ')}`);
  parts.push(...e.inclusion.notes);
  return parts.join('; ');
}

/** How the control is implemented, per deciding record (records without a description are left out). */
export function implementationText(e: SoaEntry): string {
  return e.decisions.filter((d) => d.implementation).map((d) => d.implementation).join(' / ');
}

export function ownerText(e: SoaEntry): string {
  return [...new Set(e.decisions.map((d) => d.owner).filter((o) => o))].join('; ');
}

/** Providers that implement the control, with their responsibility and assurance evidence. */
export function providerText(e: SoaEntry): string {
  return e.decisions
    .flatMap((d) => (d.provider ? [`${d.provider.name} (${d.provider.responsibility}${d.provider.assurance.length ? `; assurance: ${d.provider.assurance.map((a) => (a.title ? `${a.id} ${a.title}` : a.id)).join(', ')}` : ''})`] : []))
    .join('; ');
}

/** AI systems the control applies to; empty when it applies to all. */
export function aiSystemsText(e: SoaEntry): string {
  return [...new Set(e.decisions.flatMap((d) => d.aiSystems))].sort().join(', ');
}

export function applicableText(e: SoaEntry): string {
  return e.applicable === null ? 'undecided' : e.applicable ? 'yes' : 'no';
}

export function relatedText(e: SoaEntry): string {
  return e.related.map((r) => `${r.ref} (${r.type}, ${r.status})`).join('; ');
}
