/**
 * Throw-away git repositories for tests, built the same way every time (STYLE habit 9): fixed
 * user, fixed dates via GIT_AUTHOR_DATE / GIT_COMMITTER_DATE, no user or system git config.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const TEST_USER = { name: 'annexa-test', email: 'test@example.invalid' };

/** Files to write (path -> content) or delete (path -> null), paths relative to the repo. */
export type FileChanges = Record<string, string | null>;

export interface GitDir {
  dir: string;
  /** Runs git in the repo; returns stdout. */
  git(args: string[], options?: { date?: string; cwd?: string }): string;
  write(files: FileChanges): void;
  /** Writes the files, stages everything and commits at `date` (YYYY-MM-DD, noon UTC). Returns the sha. */
  commit(message: string, date: string, files?: FileChanges): string;
  cleanup(): void;
}

/** Git's environment: no global/system config, fixed identity, and the commit date when given. */
export function gitEnv(date?: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: os.devNull,
    GIT_AUTHOR_NAME: TEST_USER.name,
    GIT_AUTHOR_EMAIL: TEST_USER.email,
    GIT_COMMITTER_NAME: TEST_USER.name,
    GIT_COMMITTER_EMAIL: TEST_USER.email,
  };
  delete env.GIT_DIR;
  delete env.GIT_WORK_TREE;
  delete env.GIT_INDEX_FILE;
  if (date) env.GIT_AUTHOR_DATE = env.GIT_COMMITTER_DATE = `${date}T12:00:00Z`;
  return env;
}

/** Runs git with the test environment. */
export function runGit(cwd: string, args: string[], date?: string): string {
  return execFileSync('git', args, { cwd, env: gitEnv(date), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** A new repo (`git init -b main`, gpg signing off), optionally seeded with a folder's files. */
export function gitdir(options: { copyFrom?: string } = {}): GitDir {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'annexa-git-'));
  if (options.copyFrom) cpSync(options.copyFrom, dir, { recursive: true });
  runGit(dir, ['init', '-q', '-b', 'main']);
  runGit(dir, ['config', 'commit.gpgsign', 'false']);
  runGit(dir, ['config', 'core.quotePath', 'false']);
  const write = (files: FileChanges) => {
    for (const [rel, content] of Object.entries(files)) {
      const abs = path.join(dir, rel);
      if (content === null) rmSync(abs, { force: true });
      else {
        mkdirSync(path.dirname(abs), { recursive: true });
        writeFileSync(abs, content);
      }
    }
  };
  return {
    dir,
    git: (args, o = {}) => runGit(o.cwd ?? dir, args, o.date),
    write,
    commit(message, date, files = {}) {
      write(files);
      runGit(dir, ['add', '-A']);
      runGit(dir, ['commit', '-q', '--allow-empty', '-m', message], date);
      return runGit(dir, ['rev-parse', 'HEAD']).trim();
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
