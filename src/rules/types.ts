import type { Finding, SeveritySetting } from '../core/finding.js';
import type { Model } from '../model/model.js';
import type { CatalogSet } from '../catalog/catalog-set.js';
import type { Config } from '../config/types.js';
import type { AnyRecord } from '../model/types.js';
import type { Analysis } from '../analysis/analyze.js';
import type { GitFacts } from '../git/facts.js';

/** Static description of a rule: what the registry, docs, config and SARIF rule metadata read. */
export interface RuleMeta {
  id: string;
  /** One sentence: what the rule reports. */
  description: string;
  defaultSeverity: SeveritySetting;
  /**
   * `validate`: record integrity, run by `annexa validate` and `annexa check`.
   * `check`: governance rules, run by `annexa check` only.
   */
  scope: 'validate' | 'check';
  /** Emitted by the load or model stage rather than by a check function. */
  stage?: 'load' | 'model';
}

export interface ReportInput {
  message: string;
  /** The record the finding is about; the location defaults to it. */
  record?: AnyRecord;
  pointer?: string;
  target?: 'key' | 'value';
  /** Explicit location (file-level findings, config findings). */
  file?: string;
  doc?: number;
  control?: string;
  /** Distinguishes findings of this rule at one place (see Finding.subject). */
  subject?: string;
}

export interface RuleContext {
  root: string;
  model: Model;
  catalogs: CatalogSet;
  config: Config;
  /** The date rules measure ages and reviews against (YYYY-MM-DD). */
  today: string;
  /** SoA and coverage, computed once on first use. */
  analysis(): Analysis;
  /** Git facts when the repo is a git checkout. */
  git?: GitFacts;
  report(input: ReportInput): void;
}

export interface Rule {
  meta: RuleMeta;
  check?(ctx: RuleContext): void | Promise<void>;
}

export type { Finding };
