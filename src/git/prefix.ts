import { locateRepo } from './run-git.js';

/** The folder's path relative to its git top level ('gov/', '' at the top), or undefined outside git. */
export async function gitPrefix(root: string): Promise<string | undefined> {
  return (await locateRepo(root))?.prefix;
}
