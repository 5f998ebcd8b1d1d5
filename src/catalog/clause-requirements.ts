import { readBundled } from './load-catalogs.js';

/** A record condition: a record of `kind` serving the standard, passing every named test. */
export interface RecordCondition {
  kind: string;
  tests?: string[];
}

/** One clause 4-10 requirement that asks for documented information or a recurring activity. */
export interface ClauseRequirement {
  clause: string;
  /** Standards it applies to; absent means both. */
  standards?: string[];
  need: 'documented' | 'activity';
  /** Only needed when the situation arises (e.g. a nonconformity). */
  optional?: boolean;
  requirement: string;
  metBy: RecordCondition[];
}

/** The bundled clause requirements (catalogs/management-system.yaml). */
export interface ClauseRequirements {
  requirements: ClauseRequirement[];
  /** Management review input topics (9.3.2) each standard asks for. */
  reviewInputs: Record<string, string[]>;
  topicTitles: Record<string, string>;
}

let cached: ClauseRequirements | undefined;

/** The clause requirements shipped with annexa: data, read once per process. */
export function clauseRequirements(): ClauseRequirements {
  cached ??= readBundled('management-system.yaml') as ClauseRequirements;
  return cached;
}

/** The requirements that apply to one standard (e.g. `iso42001:2023`), in file order. */
export function requirementsFor(standard: string): ClauseRequirement[] {
  return clauseRequirements().requirements.filter((r) => !r.standards || r.standards.includes(standard));
}
