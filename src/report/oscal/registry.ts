import type { PipelineResult } from '../../pipeline.js';
import { UsageError } from '../../core/errors.js';
import { oscalAssessmentResults } from './assessment-results.js';
import { oscalCatalog } from './catalog.js';
import { oscalComponentDefinition } from './component-definition.js';
import { oscalMappingCollection } from './mapping-collection.js';
import type { OscalContext } from './common.js';

export interface OscalExportInput {
  result: PipelineResult;
  ctx: OscalContext;
  /** Catalog to export with `catalog` (default: the first standard in scope). */
  catalog?: string;
  failOn: 'error' | 'warning' | 'never';
  sourceCommit?: string;
}

/** One builder per OSCAL model annexa writes: pipeline result in, OSCAL document (plain data) out. */
export const OSCAL_MODELS = {
  catalog: (i: OscalExportInput) => {
    const ids = [...i.result.catalogs.catalogs.keys()];
    const id = i.catalog ?? i.result.analysis().standards[0]?.catalog ?? ids[0]!;
    const catalog = i.result.catalogs.catalogs.get(id);
    if (!catalog) throw new UsageError(`unknown catalog "${id}"; use one of ${ids.join(', ')}`);
    return oscalCatalog(catalog, i.ctx);
  },
  'mapping-collection': (i: OscalExportInput) => oscalMappingCollection(i.result.catalogs, i.ctx),
  'component-definition': (i: OscalExportInput) => oscalComponentDefinition({ analysis: i.result.analysis(), model: i.result.model, scope: i.result.config.scope }, i.ctx),
  'assessment-results': (i: OscalExportInput) =>
    oscalAssessmentResults({ analysis: i.result.analysis(), findings: i.result.findings, failOn: i.failOn, sourceCommit: i.sourceCommit }, i.ctx),
} as const;

export type OscalModel = keyof typeof OSCAL_MODELS;
export const OSCAL_MODEL_NAMES = Object.keys(OSCAL_MODELS) as OscalModel[];
