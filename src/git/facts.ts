/** What annexa knows from git about the repo; absent features degrade to undefined. */
export interface GitFacts {
  /** HEAD commit sha, when the folder is a git checkout with commits. */
  head?: string;
  /** HEAD's abbreviated sha and committer date (YYYY-MM-DD, UTC), for provenance. */
  headShort?: string;
  headDate?: string;
  branch?: string;
  /** The governance root relative to the git top level, POSIX with a trailing slash; '' at the top. */
  prefix?: string;
  /** Uncommitted changes in the working tree (under the governance root). */
  dirty: boolean;
  /** A shallow clone: history-based facts may be older than reality. */
  shallow: boolean;
  /** Date (YYYY-MM-DD, committer date) of the last commit that touched a repo-relative path. */
  lastChange(path: string): string | undefined;
  /**
   * Date of the last commit that changed any of lines start..end of a file (git blame), so one
   * record in a multi-record file is not dated by edits to its neighbours. Undefined when unknown.
   */
  lastChangeOfLines?(path: string, start: number, end: number): string | undefined;
  /** True when the path has uncommitted changes. */
  uncommitted(path: string): boolean;
}
