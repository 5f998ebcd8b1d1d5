import type { Finding } from '../../core/finding.js';
import type { GitFacts } from '../../git/facts.js';
import { buildChangeLogView, type ChangeLogEntry, type ChangeLogView } from '../change-log.js';
import { standardLabel } from '../format.js';
import type { ViewContext } from './context.js';
import { buildDashboard, type DashboardView } from './dashboard.js';
import { buildManagementReview, type ReviewSectionView } from './management-review.js';
import { buildSections, type PackSections } from './sections.js';

/** A page in the navigation, with its file name in the format being rendered. */
export interface NavItem {
  name: string;
  title: string;
  short: string;
  group: string;
  description: string;
  href: string;
}

/**
 * Everything a page template receives. Built once from the model; `page`, `nav`, `format` and
 * `alternate` are set per rendered page. Documented in docs/pack.md.
 */
export interface PackView extends PackSections {
  tool: { name: string; version: string };
  /** The pack date (YYYY-MM-DD). Named so it does not collide with the `date` helper. */
  packDate: string;
  organization: string;
  scope: string;
  standards: { catalog: string; standard: string; title: string; label: string; page: string }[];
  source: { commit: string; shortCommit: string; branch: string; dirty: boolean } | null;
  dashboard: DashboardView;
  managementReview: ReviewSectionView[];
  findings: { ruleId: string; severity: string; message: string; location: string; record: string; control: string }[];
  /** Records changed since `--since`, when the pack was asked for one; null otherwise. */
  changeLog: ChangeLogView | null;
  format: 'html' | 'md';
  page: NavItem;
  nav: { group: string; pages: NavItem[] }[];
  /** Link to the same page in the other format (relative), or null. */
  alternate: string | null;
}

export interface PackViewInput {
  ctx: ViewContext;
  toolVersion: string;
  git?: GitFacts;
  changeLog?: { since: string; entries: ChangeLogEntry[] };
}

/** The page-independent part of the view. */
export type BaseView = Omit<PackView, 'format' | 'page' | 'nav' | 'alternate'>;

export function buildPackView(input: PackViewInput): BaseView {
  const { ctx } = input;
  const sections = buildSections(ctx);
  const changeLog = input.changeLog ? buildChangeLogView(input.changeLog.since, input.changeLog.entries, ctx.model, ctx.date) : null;
  const head = input.git?.head;
  return {
    tool: { name: 'annexa', version: input.toolVersion },
    packDate: ctx.date,
    organization: ctx.config.organization ?? 'Organisation not named in annexa.yaml',
    scope: ctx.config.scope ?? '',
    standards: ctx.analysis.standards.map((s) => ({ catalog: s.catalog, standard: s.standard, title: s.title, label: standardLabel(s.catalog, s.title), page: `soa-${s.catalog}` })),
    source: head ? { commit: head, shortCommit: head.slice(0, 12), branch: input.git?.branch ?? '', dirty: !!input.git?.dirty } : null,
    ...sections,
    dashboard: buildDashboard(ctx, sections),
    managementReview: buildManagementReview(ctx, sections, changeLog),
    findings: ctx.findings.map(findingView),
    changeLog,
  };
}

function findingView(f: Finding) {
  const loc = f.location.file ? `${f.location.file}${f.location.line ? `:${f.location.line}` : ''}` : '';
  return { ruleId: f.ruleId, severity: f.severity, message: f.message, location: loc, record: f.record ?? '', control: f.control ?? '' };
}
