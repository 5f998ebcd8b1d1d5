import type { Analysis } from '../../analysis/analyze.js';
import { statusOfRef } from '../../analysis/soa.js';
import type { SoaStatus } from '../../analysis/types.js';
import type { CatalogSet } from '../../catalog/catalog-set.js';
import type { Config } from '../../config/types.js';
import type { GitFacts } from '../../git/facts.js';
import type { Model } from '../../model/model.js';
import type { Finding } from '../../core/finding.js';

/** Everything a view builder reads: the pipeline result, pinned to the pack date. */
export interface ViewContext {
  model: Model;
  catalogs: CatalogSet;
  config: Config;
  analysis: Analysis;
  findings: Finding[];
  /** The pack date; ages and reviews are measured against it. */
  date: string;
  git?: GitFacts;
}

/** A catalog control or clause as shown next to a record: ref, title and its SoA state. */
export interface RefView {
  ref: string;
  id: string;
  title: string;
  /** SoA state for Annex A controls; null for clauses and unknown refs. */
  status: SoaStatus | null;
}

export function refView(ctx: ViewContext, ref: string): RefView {
  const entry = ctx.catalogs.get(ref);
  const i = ref.indexOf(':');
  return {
    ref,
    id: i < 0 ? ref : ref.slice(i + 1),
    title: entry?.title ?? '',
    status: entry?.type === 'control' ? statusOfRef(ctx.model, ref) : null,
  };
}

/** A record named from another record: id and title (title empty when the record is unknown). */
export interface RecordLink {
  id: string;
  title: string;
}
