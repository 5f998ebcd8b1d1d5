import { compareRefs } from '../../catalog/catalog-set.js';
import { reviewState, safeHref } from '../format.js';
import type { ViewContext, RecordLink, RefView } from './context.js';
import { refView } from './context.js';
import { groupBy } from '../../util/group-by.js';

export interface PolicyView {
  id: string;
  title: string;
  description: string;
  owner: string;
  version: string;
  approval: { by: string; date: string } | null;
  nextReview: string;
  review: 'overdue' | 'due-soon' | 'ok' | 'none';
  addresses: RefView[];
  document: { text: string; href: string | null } | null;
  /** Control records that name this policy. */
  mandates: RecordLink[];
}

export interface PoliciesView {
  rows: PolicyView[];
  counts: { total: number; approved: number; reviewOverdue: number; dueSoon: number };
}

export function buildPoliciesView(ctx: ViewContext): PoliciesView {
  const mandates = groupBy(ctx.model.list('Control'), (c) => c.spec.policies);
  const rows = ctx.model.list('Policy').map((p): PolicyView => {
    const s = p.spec;
    return {
      id: p.metadata.id,
      title: p.metadata.title,
      description: p.metadata.description ?? '',
      owner: p.metadata.owner ?? '',
      version: s.version ?? '',
      approval: s.approval ? { by: s.approval.by ?? '', date: s.approval.date ?? '' } : null,
      nextReview: s.nextReview ?? '',
      review: reviewState(s.nextReview, ctx.date),
      addresses: [...new Set(s.addresses ?? [])].sort(compareRefs).map((r) => refView(ctx, r)),
      document: s.document ? { text: s.document, href: safeHref(s.document) } : null,
      mandates: (mandates.get(p.metadata.id) ?? []).map((c) => ({ id: c.metadata.id, title: c.metadata.title })),
    };
  });
  return {
    rows,
    counts: {
      total: rows.length,
      approved: rows.filter((r) => r.approval?.date).length,
      reviewOverdue: rows.filter((r) => r.review === 'overdue').length,
      dueSoon: rows.filter((r) => r.review === 'due-soon').length,
    },
  };
}
