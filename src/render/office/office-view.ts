import type { AnalysisReady } from '../../pipeline.js';
import type { StandardAnalysis } from '../../analysis/analyze.js';
import type { SoaEntry } from '../../analysis/types.js';
import type { Model } from '../../model/model.js';
import type { DocumentControl } from '../../config/types.js';
import { buildRiskView, type RiskRowView } from '../views/risks.js';
import { buildAiView, type AiSystemView } from '../views/ai.js';
import { justificationText } from '../../report/soa/view.js';

/** One SoA row as the workbook and the Word document show it. */
export interface OfficeSoaRow {
  ref: string;
  id: string;
  title: string;
  group: string;
  applicable: string;
  status: string;
  /** Why the control is in or out (risks, policies, requirements, record justifications, exclusions). */
  reason: string;
  owner: string;
  implementedBy: string;
  evidence: string;
}

/** What the xlsx and docx writers print: plain strings and numbers, prepared once. */
export interface OfficeView {
  organization: string;
  scope: string;
  date: string;
  toolVersion: string;
  sourceCommit: string;
  documentControl: Required<Omit<DocumentControl, 'approver' | 'approvalDate'>> & { approver: string; approvalDate: string };
  standards: (Pick<StandardAnalysis, 'standard' | 'catalog' | 'title' | 'coverage'> & { rows: OfficeSoaRow[] })[];
  risks: RiskRowView[];
  aiSystems: AiSystemView[];
}

/** The owner of a SoA entry: its own field when the analysis has one, else the owners of its Control records. */
export function entryOwner(e: SoaEntry, model: Model): string {
  const own = (e as SoaEntry & { owner?: unknown }).owner;
  if (typeof own === 'string' && own.trim() !== '') return own;
  const owners = e.implementedBy.map((i) => {
    const r = model.get('Control', i.id);
    return r?.spec.owner ?? r?.metadata.owner;
  });
  return [...new Set(owners.filter((o): o is string => !!o))].sort().join('; ');
}

function row(e: SoaEntry, model: Model): OfficeSoaRow {
  return {
    ref: e.ref,
    id: e.ref.slice(e.ref.indexOf(':') + 1),
    title: e.title,
    group: e.group.id ? `${e.group.id} ${e.group.title}` : '',
    applicable: e.applicable === null ? 'undecided' : e.applicable ? 'yes' : 'no',
    status: e.status,
    reason: justificationText(e),
    owner: entryOwner(e, model),
    implementedBy: e.implementedBy.map((i) => i.id).join(', '),
    evidence: e.evidence.map((ev) => ev.id).join(', '),
  };
}

/**
 * Builds the view from a pipeline run, or from what it knows before its rules (no finding is part of it, so the
 * pack's office files can start early); `date` is the run (or pack) date.
 */
export function buildOfficeView(result: AnalysisReady, opts: { date: string; toolVersion: string; sourceCommit?: string; standards?: StandardAnalysis[] }): OfficeView {
  const analysis = result.analysis();
  const dc = result.config.documentControl ?? {};
  const ctx = { model: result.model, catalogs: result.catalogs, config: result.config, analysis, findings: [], date: opts.date };
  return {
    organization: result.config.organization ?? '',
    scope: (result.config.scope ?? '').trim(),
    date: opts.date,
    toolVersion: opts.toolVersion,
    sourceCommit: opts.sourceCommit ?? '',
    documentControl: {
      version: dc.version ?? opts.date,
      owner: dc.owner ?? '',
      approver: dc.approver ?? '',
      approvalDate: dc.approvalDate ?? '',
      classification: dc.classification ?? 'Internal',
    },
    standards: (opts.standards ?? analysis.standards).map((s) => ({ standard: s.standard, catalog: s.catalog, title: s.title, coverage: s.coverage, rows: s.soa.map((e) => row(e, result.model)) })),
    risks: buildRiskView(ctx).rows,
    aiSystems: buildAiView(ctx).systems,
  };
}
