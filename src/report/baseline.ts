import { readFile } from 'node:fs/promises';
import { ConfigError } from '../core/errors.js';
import type { Finding } from '../core/finding.js';

type KeyFields = { ruleId: string; file?: string; record?: string | null; control?: string | null; subject?: string | null; pointer?: string | null; location?: Finding['location'] };

/** Identity of a finding that survives line shifts and changing figures in messages. */
export function baselineKey(f: KeyFields): string {
  const file = f.location?.file ?? f.file ?? '';
  const pointer = f.location?.pointer ?? f.pointer ?? '';
  return [f.ruleId, file, f.record ?? '', f.control ?? '', f.subject ?? '', pointer].join('|');
}

/** How many findings of each key there were: a multiset, so a second finding with the same key still counts as new. */
export type KeyCounts = Map<string, number>;

export function countKeys(findings: KeyFields[]): KeyCounts {
  const counts: KeyCounts = new Map();
  for (const f of findings) counts.set(baselineKey(f), (counts.get(baselineKey(f)) ?? 0) + 1);
  return counts;
}

/** Reads a saved `--format json` result; returns how many findings of each key it held. */
export async function readBaseline(file: string): Promise<KeyCounts> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, 'utf8'));
  } catch (err) {
    throw new ConfigError(`--baseline ${file}: cannot read a JSON result (${(err as Error).message.split('\n')[0]})`);
  }
  const list = raw !== null && typeof raw === 'object' ? (raw as { findings?: unknown }).findings : undefined;
  if (!Array.isArray(list)) throw new ConfigError(`--baseline ${file}: not an annexa JSON result (no "findings" array); create one with --format json`);
  // Every entry must look like a finding annexa wrote, or a hand-edited file would silently hide or fail everything.
  const bad = list.findIndex((f) => f === null || typeof f !== 'object' || Array.isArray(f) || typeof (f as { ruleId?: unknown }).ruleId !== 'string');
  if (bad >= 0) throw new ConfigError(`--baseline ${file}: findings[${bad}] is not a finding (an object with a "ruleId"); create the baseline with --format json`);
  return countKeys(list as KeyFields[]);
}

/** Keeps only findings that are new against the baseline (each baseline entry absorbs one finding). */
export function newAgainst(findings: Finding[], baseline: KeyCounts): Finding[] {
  const left = new Map(baseline);
  return findings.filter((f) => {
    const k = baselineKey(f);
    const n = left.get(k) ?? 0;
    if (n === 0) return true;
    left.set(k, n - 1);
    return false;
  });
}
