import type { GitFacts } from './facts.js';

/** Placeholder until git facts land: the repo is treated as not under git. */
export async function collectGitFacts(_root: string): Promise<{ facts?: GitFacts; notes: string[] }> {
  return { notes: [] };
}
