import { lstat, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isEarlierPack } from './earlier-pack.js';
import { processAlive as alive } from '../util/write-atomic.js';

/**
 * Hidden folders and files a pack run keeps beside `--out` while it works. Each name carries the
 * writer's process id, so a later run can tell a dead run's leftovers from a live run's work.
 */
export const TMP_PREFIX = '.annexa-pack-';
const LEFTOVER = /^\.annexa-pack-(?:old-)?(\d+)-[A-Za-z0-9]+$/;
const JOURNAL = /^\.annexa-pack-swap-(\d+)-[A-Za-z0-9]+\.json$/;

/** What a swap is about to do, written before the first rename so a killed swap can be finished. */
export interface SwapJournal {
  out: string;
  tmp: string;
  old: string;
}

export function journalName(pid: number, tag: string): string {
  return `${TMP_PREFIX}swap-${pid}-${tag}.json`;
}

export async function writeJournal(parent: string, name: string, journal: SwapJournal): Promise<void> {
  await writeFile(path.join(parent, name), `${JSON.stringify(journal)}\n`, { flag: 'wx' });
}


/**
 * Finishes or undoes what killed runs left beside `out`: a swap that stopped between its two
 * renames is completed (the new pack, written in full before the journal, moves in; else the
 * earlier pack moves back), then every leftover folder and journal of a dead run is removed.
 * Leftovers of runs still alive, and anything not named like ours, are left alone.
 */
export async function recoverLeftovers(out: string): Promise<void> {
  const parent = path.dirname(out);
  const names = await readdir(parent).catch(() => [] as string[]);
  const keep = new Set<string>(); // leftovers a dead run's journal for another --out still needs
  for (const name of names.filter((n) => JOURNAL.test(n)).sort()) {
    if (alive(Number(JOURNAL.exec(name)![1]))) continue;
    const journal = await readJournal(path.join(parent, name));
    if (!journal) {
      await rm(path.join(parent, name), { force: true });
      continue;
    }
    if (journal.out !== path.basename(out)) {
      keep.add(journal.tmp).add(journal.old);
      continue;
    }
    if (!(await exists(out))) {
      for (const candidate of [journal.tmp, journal.old]) {
        const dir = path.join(parent, candidate);
        if ((await exists(dir)) && (await isEarlierPack(dir))) {
          await rename(dir, out);
          break;
        }
      }
    }
    await rm(path.join(parent, name), { force: true });
  }
  for (const name of names) {
    const m = LEFTOVER.exec(name);
    if (!m || keep.has(name) || alive(Number(m[1]))) continue;
    const st = await lstat(path.join(parent, name)).catch(() => undefined);
    if (st?.isDirectory()) await rm(path.join(parent, name), { recursive: true, force: true });
  }
}

async function readJournal(file: string): Promise<SwapJournal | undefined> {
  try {
    const j = JSON.parse(await readFile(file, 'utf8')) as Partial<SwapJournal>;
    const ok = (s: unknown) => typeof s === 'string' && LEFTOVER.test(s);
    return typeof j.out === 'string' && !j.out.includes('/') && ok(j.tmp) && ok(j.old) ? (j as SwapJournal) : undefined;
  } catch {
    return undefined;
  }
}

async function exists(p: string): Promise<boolean> {
  return (await lstat(p).catch(() => undefined)) !== undefined;
}
