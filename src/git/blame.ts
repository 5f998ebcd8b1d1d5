import { execFileSync } from 'node:child_process';
import { gitDate } from './history.js';

/**
 * Committer time of the commit that last changed each line of a file (`git blame --line-porcelain`),
 * of the working-tree file, as a map from 1-based line to epoch seconds. Lines not committed yet are absent. Synchronous and
 * run only for the few records dated by their own lines (evidence with neither a date nor a file).
 */
export function blameTimes(top: string, topPath: string): Map<number, number> {
  const times = new Map<number, number>();
  let out: string;
  try {
    out = execFileSync('git', ['-c', 'core.quotePath=false', 'blame', '--line-porcelain', '--', topPath], { cwd: top, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return times; // not committed, or no HEAD
  }
  let line = 0;
  let time = 0;
  for (const row of out.split('\n')) {
    const header = /^([0-9a-f]{40,64}) \d+ (\d+)/.exec(row);
    if (header) {
      line = Number(header[2]);
      time = /^0+$/.test(header[1]!) ? 0 : -1;
    } else if (row.startsWith('committer-time ') && time === -1) {
      time = Number(row.slice('committer-time '.length));
      times.set(line, time);
    }
  }
  return times;
}

/** The newest of the line times in start..end, as YYYY-MM-DD, or undefined when none is known. */
export function newestOfLines(times: Map<number, number>, start: number, end: number): string | undefined {
  let newest = 0;
  for (let l = start; l <= end; l++) newest = Math.max(newest, times.get(l) ?? 0);
  return newest > 0 ? gitDate(newest) : undefined;
}
