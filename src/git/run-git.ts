import { simpleGit, type SimpleGit } from 'simple-git';

/**
 * A simple-git client rooted at `dir`. core.quotePath=false (with -z on every listing) keeps paths
 * with spaces and non-ASCII characters verbatim instead of C-quoted.
 */
export function gitAt(dir: string, env?: Record<string, string>): SimpleGit {
  const git = simpleGit({ baseDir: dir, config: ['core.quotePath=false'] });
  return env ? git.env({ ...inheritedEnv(), ...env }) : git;
}

// Variables simple-git refuses in an explicit env (editor, pager, ssh, proxy, config paths), lower case.
const VETTED = ['editor', 'visual', 'pager', 'prefix', 'ssh_askpass', 'git_askpass', 'git_editor', 'git_sequence_editor', 'git_exec_path', 'git_external_diff', 'git_pager', 'git_proxy_command', 'git_template_dir', 'git_ssh', 'git_ssh_command'];

/**
 * The process environment for an explicit-env git call. simple-git replaces the whole environment
 * when given one, and vets it as if a caller had built it; the vetted variables only matter to
 * interactive, network or diff commands (and config overrides, which the plumbing used here does
 * not need), so they are left out rather than switching simple-git's safety checks off.
 */
function inheritedEnv(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    const key = k.toLowerCase().trim();
    if (v === undefined || VETTED.includes(key) || key.startsWith('git_config')) continue;
    out[k] = v;
  }
  return out;
}

/** Where the governance root sits in its git work tree. */
export interface RepoLocation {
  git: SimpleGit;
  /** Absolute path of the work tree's top level. */
  top: string;
  /** The governance root relative to `top`, POSIX, with a trailing slash; '' at the top. */
  prefix: string;
}

/** The git work tree holding `root`, or undefined outside git (or when git is not installed). */
export async function locateRepo(root: string): Promise<RepoLocation | undefined> {
  try {
    const git = gitAt(root);
    if ((await git.raw(['rev-parse', '--is-inside-work-tree'])).trim() !== 'true') return undefined;
    const top = chomp(await git.raw(['rev-parse', '--show-toplevel']));
    const prefix = chomp(await git.raw(['rev-parse', '--show-prefix']));
    return { git, top, prefix };
  } catch {
    return undefined;
  }
}

/** Drops the one trailing newline git prints; trim() would also eat a folder name's trailing space. */
export function chomp(s: string): string {
  return s.endsWith('\n') ? s.slice(0, -1) : s;
}

/** Splits NUL-separated output (`-z`), dropping the empty tail. */
export function splitNul(s: string): string[] {
  const parts = s.split('\0');
  if (parts[parts.length - 1] === '') parts.pop();
  return parts;
}
