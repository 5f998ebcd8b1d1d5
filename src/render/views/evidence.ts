import { evidenceAge } from '../../analysis/evidence-age.js';
import { safeHref } from '../format.js';
import type { RecordLink, ViewContext } from './context.js';
import { groupBy } from '../../util/group-by.js';

export type Freshness = 'fresh' | 'stale' | 'unknown';

export interface EvidenceRowView {
  id: string;
  title: string;
  description: string;
  type: string;
  owner: string;
  location: { text: string; href: string | null };
  collected: string;
  /** Date the age is measured from, and where it came from (collected, git-file, git-record, unknown). */
  since: string;
  ageSource: string;
  ageDays: number | null;
  maxAgeDays: number;
  freshness: Freshness;
  uncommitted: boolean;
  usedBy: RecordLink[];
}

export interface EvidenceIndexView {
  rows: EvidenceRowView[];
  counts: { total: number; fresh: number; stale: number; unknown: number; unused: number };
}

export function buildEvidenceView(ctx: ViewContext): EvidenceIndexView {
  const usedBy = groupBy(ctx.model.list('Control'), (c) => c.spec.evidence);
  const rows = ctx.model.list('Evidence').map((e): EvidenceRowView => {
    const age = evidenceAge(e, ctx.date, ctx.config.evidence.maxAgeDays, ctx.git);
    const url = e.spec.url ?? '';
    return {
      id: e.metadata.id,
      title: e.metadata.title,
      description: e.metadata.description ?? '',
      type: e.spec.type ?? '',
      owner: e.spec.owner ?? e.metadata.owner ?? '',
      location: e.spec.path ? { text: e.spec.path, href: null } : { text: url, href: safeHref(url) },
      collected: e.spec.collected ?? '',
      since: age.date ?? '',
      ageSource: age.source,
      ageDays: age.ageDays ?? null,
      maxAgeDays: age.maxAgeDays,
      freshness: age.ageDays === undefined ? 'unknown' : age.stale ? 'stale' : 'fresh',
      uncommitted: age.uncommitted,
      usedBy: (usedBy.get(e.metadata.id) ?? []).map((c) => ({ id: c.metadata.id, title: c.metadata.title })),
    };
  });
  const count = (f: Freshness) => rows.filter((r) => r.freshness === f).length;
  return {
    rows,
    counts: { total: rows.length, fresh: count('fresh'), stale: count('stale'), unknown: count('unknown'), unused: rows.filter((r) => r.usedBy.length === 0).length },
  };
}
