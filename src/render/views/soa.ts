import type { StandardAnalysis } from '../../analysis/analyze.js';
import type { CoverageCounts, SoaEntry, SoaStatus } from '../../analysis/types.js';
import { formatPercent, localId, standardLabel } from '../format.js';
import { coverageFigures, coverageSummary } from '../../analysis/coverage-text.js';
import type { ViewContext } from './context.js';

export interface SoaRowView {
  ref: string;
  id: string;
  title: string;
  objective: string;
  /** `Yes`, `No`, or `Undecided` when no Control record decides. */
  applicable: string;
  status: SoaStatus;
  inclusion: SoaEntry['inclusion'];
  hasInclusion: boolean;
  exclusion: string[];
  implementedBy: { id: string; title: string; status: string }[];
  /** Per deciding record: reason, implementation, owner, provider and AI systems for this control. */
  decisions: SoaEntry['decisions'];
  evidence: { id: string; title: string; freshness: 'fresh' | 'stale' | 'unknown'; ageDays: number | null }[];
  related: { ref: string; title: string; type: string; status: SoaStatus }[];
  suggestion: string;
}

export interface SoaGroupView extends CoverageCounts {
  id: string;
  title: string;
  percentLabel: string;
  summary: string;
  figures: string;
  rows: SoaRowView[];
}

/** One standard's Statement of Applicability page. */
export interface SoaView {
  catalog: string;
  standard: string;
  title: string;
  label: string;
  page: string;
  /** `summary` and `figures` are the sentence every output uses (analysis/coverage-text.ts). */
  overall: CoverageCounts & { percentLabel: string; summary: string; figures: string };
  groups: SoaGroupView[];
}

export function buildSoaView(_ctx: ViewContext, s: StandardAnalysis): SoaView {
  const groups = s.coverage.groups.map((g) => ({
    ...g,
    percentLabel: formatPercent(g.percentImplemented),
    summary: coverageSummary(g),
    figures: coverageFigures(g),
    rows: s.soa.filter((e) => e.group.id === g.id).map(soaRow),
  }));
  return {
    catalog: s.catalog,
    standard: s.standard,
    title: s.title,
    label: standardLabel(s.catalog, s.title),
    page: `soa-${s.catalog}`,
    overall: { ...s.coverage.overall, percentLabel: formatPercent(s.coverage.overall.percentImplemented), summary: coverageSummary(s.coverage.overall), figures: coverageFigures(s.coverage.overall) },
    groups,
  };
}

function soaRow(e: SoaEntry): SoaRowView {
  const inc = e.inclusion;
  return {
    ref: e.ref,
    id: localId(e.ref),
    title: e.title,
    objective: e.objective ? `${e.objective.id} ${e.objective.title}` : '',
    applicable: e.applicable === null ? 'Undecided' : e.applicable ? 'Yes' : 'No',
    status: e.status,
    inclusion: inc,
    hasInclusion: inc.risks.length + inc.policies.length + inc.requirements.length + inc.notes.length > 0,
    exclusion: e.exclusion,
    implementedBy: e.implementedBy.map((i) => ({ id: i.id, title: i.title, status: i.status })),
    decisions: e.decisions,
    evidence: e.evidence.map((ev) => ({
      id: ev.id,
      title: ev.title,
      freshness: ev.stale === undefined || ev.ageDays === undefined ? 'unknown' : ev.stale ? 'stale' : 'fresh',
      ageDays: ev.ageDays ?? null,
    })),
    related: e.related.map((r) => ({ ref: r.ref, title: r.title, type: r.type, status: r.status })),
    suggestion: e.suggestion ?? '',
  };
}
