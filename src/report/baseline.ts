import { readFile } from 'node:fs/promises';
import { ConfigError } from './errors.js';
import type { Finding } from './finding.js';

/** Identity of a finding that survives line shifts and changing figures in messages. */
export function baselineKey(f: { ruleId: string; file?: string; record?: string | null; control?: string | null; pointer?: string | null; location?: Finding['location'] }): string {
  const file = f.location?.file ?? f.file ?? '';
  const pointer = f.location?.pointer ?? f.pointer ?? '';
  return [f.ruleId, file, f.record ?? '', f.control ?? '', pointer].join('|');
}

/** Reads a saved `--format json` result; returns the keys of its findings. */
export async function readBaseline(file: string): Promise<Set<string>> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, 'utf8'));
  } catch (err) {
    throw new ConfigError(`--baseline ${file}: cannot read a JSON result (${(err as Error).message.split('\n')[0]})`);
  }
  const list = (raw as { findings?: unknown }).findings;
  if (!Array.isArray(list)) throw new ConfigError(`--baseline ${file}: not an annexa JSON result (no "findings" array); create one with --format json`);
  return new Set(list.map((f) => baselineKey(f as Parameters<typeof baselineKey>[0])));
}

/** Keeps only findings that are new against the baseline. */
export function newAgainst(findings: Finding[], baseline: Set<string>): Finding[] {
  return findings.filter((f) => !baseline.has(baselineKey(f)));
}
