import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../helpers/cli.js';

const COMMANDS = ['validate', 'check', 'init', 'soa', 'crosswalk', 'new', 'completion', 'catalog', 'rules', 'pack', 'diff'];
const has = (shell: string) => spawnSync('sh', ['-c', `command -v ${shell}`]).status === 0;

describe('annexa completion', () => {
  const scripts: Record<string, string> = {};
  beforeAll(async () => {
    for (const shell of ['bash', 'zsh', 'fish']) {
      const r = await runCli(['completion', shell]);
      expect(r).toMatchObject({ code: 0, stderr: '' });
      scripts[shell] = r.stdout;
    }
  });

  it('bash: completes commands, options, format values and record kinds', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'annexa-completion-')), 'annexa.bash');
    writeFileSync(file, scripts.bash!);
    // The function the script registers, called as bash calls it: COMP_WORDS and COMP_CWORD in, COMPREPLY out.
    // An optional first word `cd DIR` runs the completion in DIR (for path values).
    const complete = (...args: string[]) => {
      const [cd, words] = args[0]!.startsWith('cd ') ? [`${args[0]}; `, args.slice(1)] : ['', args];
      const script = `${cd}source ${JSON.stringify(file)}; COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _annexa; echo "\${COMPREPLY[*]}"`;
      const r = spawnSync('bash', ['-c', script], { encoding: 'utf8' });
      expect(r.stderr).toBe('');
      return r.stdout.trim();
    };
    expect(complete('annexa', 'c')).toBe('check clauses crosswalk completion catalog');
    expect(complete('annexa', 'check', '-f', '')).toBe('text json sarif junit github markdown gitlab');
    expect(complete('annexa', 'check', '--fail-on', 'w')).toBe('warning');
    expect(complete('annexa', 'check', '--ba')).toBe('--baseline');
    expect(complete('annexa', 'validate', '--ba')).toBe('');
    expect(complete('annexa', 'new', 'i')).toBe('impact-assessment interested-party internal-audit');
    expect(complete('annexa', 'catalog', '--att')).toBe('--attribute');
    // Option values: folders for a <folder>, files and folders for a <file>, nothing for a name or a date.
    const cwd = mkdtempSync(path.join(tmpdir(), 'annexa-completion-'));
    mkdirSync(path.join(cwd, 'governance'));
    writeFileSync(path.join(cwd, 'gitlab.json'), '{}');
    const inCwd = (...words: string[]) => complete(`cd ${JSON.stringify(cwd)}`, ...words);
    expect(inCwd('annexa', 'pack', '--out', 'g')).toBe('governance');
    expect(inCwd('annexa', 'check', '--baseline', 'g')).toBe('gitlab.json governance');
    expect(inCwd('annexa', 'init', '--organization', 'g')).toBe('');
    expect(inCwd('annexa', 'pack', '--date', 'g')).toBe('');
  });

  it('zsh and fish: every command with its options', () => {
    for (const c of COMMANDS) {
      expect(scripts.zsh).toContain(`\n    ${c}) _arguments `);
      expect(scripts.fish).toContain(` -a ${c} -d `);
    }
    expect(scripts.zsh!.split('\n')[0]).toBe('#compdef annexa');
    expect(scripts.zsh).toContain(`'--fail-on[exit 1 on findings at or above this level]:value:(error warning never)'`);
    expect(scripts.fish).toContain(`complete -c annexa -n "__fish_seen_subcommand_from check" -l baseline -d 'a saved --format json result; fail only on findings new against it' -r -F\n`);
  });

  // .ci/run installs zsh and fish; on a machine without them these checks are skipped.
  it.runIf(has('zsh'))('zsh parses its script', () => {
    expect(spawnSync('zsh', ['-n', '-c', scripts.zsh!]).status).toBe(0);
  });
  it.runIf(has('fish'))('fish parses its script', () => {
    expect(spawnSync('fish', ['-n', '-c', scripts.fish!]).status).toBe(0);
  });
  // fish answers `complete -C LINE` with what it would offer at the end of LINE: the script at work, not its text.
  it.runIf(has('fish'))('fish: completes commands, option values and record kinds', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'annexa-completion-')), 'annexa.fish');
    writeFileSync(file, scripts.fish!);
    const complete = (line: string) => {
      const r = spawnSync('fish', ['--no-config', '-c', `source ${JSON.stringify(file)}; complete -C ${JSON.stringify(line)}`], { encoding: 'utf8' });
      expect(r.stderr).toBe('');
      return r.stdout.trim().split('\n').map((l) => l.split('\t')[0]);
    };
    expect(complete('annexa ch')).toEqual(['check']);
    expect(complete('annexa check --fail-on ')).toEqual(['error', 'never', 'warning']);
    expect(complete('annexa new i')).toEqual(['impact-assessment', 'interested-party', 'internal-audit']);
    expect(complete('annexa check -f gi')).toEqual(['github', 'gitlab']);
    // Option values: folders for a <folder>, files and folders for a <file>, nothing for a name or a date.
    const cwd = mkdtempSync(path.join(tmpdir(), 'annexa-completion-'));
    mkdirSync(path.join(cwd, 'governance'));
    writeFileSync(path.join(cwd, 'gitlab.json'), '{}');
    const inCwd = (line: string) => {
      const r = spawnSync('fish', ['--no-config', '-c', `cd ${JSON.stringify(cwd)}; source ${JSON.stringify(file)}; complete -C ${JSON.stringify(line)}`], { encoding: 'utf8' });
      expect(r.stderr).toBe('');
      return r.stdout.split('\n').filter(Boolean).map((l) => l.split('\t')[0]);
    };
    expect(inCwd('annexa pack --out g')).toEqual(['governance/']);
    expect(inCwd('annexa check --baseline g')).toEqual(['gitlab.json', 'governance/']);
    expect(inCwd('annexa init --organization g')).toEqual([]);
  });

  it('refuses an unknown shell with one line', async () => {
    expect(await runCli(['completion', 'tcsh'])).toMatchObject({ code: 2, stdout: '', stderr: 'annexa: unknown shell "tcsh"; use one of bash, zsh, fish\n' });
  });
});
