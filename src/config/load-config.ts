import { existsSync } from 'node:fs';
import path from 'node:path';
import { readTextFile } from '../load/read-file.js';
import { parseSource } from '../load/parse.js';
import { locate } from '../load/locate.js';
import { validatorFor } from '../validate/ajv.js';
import { schemaProblems } from '../validate/ajv-findings.js';
import { ConfigError } from '../core/errors.js';
import { resolveInside } from '../load/contain.js';
import { checkConfigPaths } from './check-paths.js';
import { CONFIG_FILES, DEFAULT_SOA_GATES, DEFAULT_STANDARDS, type Config, type SoaGates, type StandardId } from './types.js';
import { resolveRiskCriteria, type RawRiskCriteria } from './risk-criteria.js';

/** Finds, parses and validates annexa.yaml at the repo root. A broken config is a ConfigError (exit 2). */
export async function loadConfig(root: string, explicit?: string): Promise<Config> {
  const rel = explicit ?? CONFIG_FILES.find((f) => existsSync(path.join(root, f)));
  if (!rel) return { standards: [...DEFAULT_STANDARDS], exclude: [], catalogs: [], rules: {}, evidence: {}, coverage: {}, risk: resolveRiskCriteria(undefined), soa: { ...DEFAULT_SOA_GATES } };
  // The config is the repository's own: like every path it names, it is read from inside the repository only.
  const inside = resolveInside(root, rel);
  if (!inside.ok) throw new ConfigError(`--config ${JSON.stringify(rel)} ${inside.why}; the config file must be inside the repository`);
  const read = readTextFile(root, rel);
  if (!read.ok) throw new ConfigError(`${rel}: ${read.problem.message}`);
  const { source, findings } = parseSource(rel, read.text);
  const first = findings[0];
  if (first) throw new ConfigError(`${rel}:${first.location.line ?? 1}:${first.location.column ?? 1}: ${first.message}`);
  const docs = source.documents.filter((d) => d.value !== undefined);
  if (docs.length !== 1) throw new ConfigError(`${rel}: expected exactly one YAML document of kind Config`);
  const { doc, value } = docs[0]!;
  const validate = validatorFor('Config');
  if (!validate(value)) {
    const p = schemaProblems(validate.errors ?? [])[0]!;
    const pos = locate(doc, source.lineCounter, p.pointer, p.target);
    throw new ConfigError(`${rel}:${pos.line}:${pos.column}: ${p.message}`);
  }
  const v = value as Record<string, unknown> & Partial<Omit<Config, 'risk' | 'soa'>> & { risk?: RawRiskCriteria; soa?: Partial<SoaGates> };
  const config: Config = {
    file: rel,
    organization: v.organization,
    scope: v.scope,
    standards: (v.standards as StandardId[] | undefined) ?? [...DEFAULT_STANDARDS],
    include: v.include,
    exclude: v.exclude ?? [],
    catalogs: v.catalogs ?? [],
    rules: v.rules ?? {},
    evidence: v.evidence ?? {},
    coverage: v.coverage ?? {},
    managementSystem: v.managementSystem,
    risk: resolveRiskCriteria(v.risk),
    soa: { ...DEFAULT_SOA_GATES, ...(v.soa ?? {}) },
    templates: v.templates,
    maxFileBytes: v.maxFileBytes,
    ...(v.documentControl ? { documentControl: v.documentControl } : {}),
    source,
  };
  checkConfigPaths(root, config);
  return config;
}
