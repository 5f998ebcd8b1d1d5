import type { Command } from 'commander';
import { UsageError } from '../core/errors.js';
import { formatNames } from '../report/reporters/registry.js';
import { RECORD_KINDS } from '../model/types.js';
import { kebab } from './new.js';
import type { CliIo } from './io.js';

/** One option of a command as the shells complete it. */
interface OptionSpec {
  flags: string[];
  description: string;
  /** The only values it accepts, when there is such a list. */
  values?: string[];
  takesValue: boolean;
  /** A path value, from the placeholder (`<file>`, `<folder>`); otherwise a free value such as a name or date. */
  takes?: 'file' | 'dir';
}

/** What a shell needs to know of one command, read from the commander program so it never drifts. */
interface CommandSpec {
  name: string;
  description: string;
  options: OptionSpec[];
  /** Words offered for the first argument (record kinds for `new`), else files. */
  firstArg?: string[];
}

export const SHELLS = ['bash', 'zsh', 'fish'] as const;

/** `annexa completion SHELL`: a completion script to source (bash, zsh) or install (fish). */
export async function runCompletion(shell: string, program: Command, io: CliIo): Promise<number> {
  const specs = commandSpecs(program);
  if (shell === 'bash') io.stdout.write(bash(specs));
  else if (shell === 'zsh') io.stdout.write(zsh(specs));
  else if (shell === 'fish') io.stdout.write(fish(specs));
  else throw new UsageError(`unknown shell "${shell}"; use one of ${SHELLS.join(', ')}`);
  return 0;
}

function commandSpecs(program: Command): CommandSpec[] {
  return program.commands.map((c) => ({
    name: c.name(),
    description: c.description(),
    options: [...c.options.map((o) => ({
      flags: [o.short, o.long].filter((f): f is string => !!f),
      description: o.description,
      // `-f` of validate/check is repeatable and free-form in commander; its values come from the reporter registry.
      values: o.argChoices ?? (o.long === '--format' ? formatNames() : undefined),
      takesValue: o.required || o.optional,
      takes: placeholderKind(o.flags),
    })), { flags: ['-h', '--help'], description: 'show help', takesValue: false }],
    firstArg: c.name() === 'new' ? RECORD_KINDS.map(kebab) : c.name() === 'completion' ? [...SHELLS] : undefined,
  }));
}

/** What an option's value names (`--out <folder>`, `-c, --config <file>`): paths get path completion, other values none. */
function placeholderKind(flags: string): 'file' | 'dir' | undefined {
  const name = /[<[]([a-z-]+)(?:\.\.\.)?[>\]]/.exec(flags)?.[1];
  return name === 'file' ? 'file' : name === 'dir' || name === 'folder' ? 'dir' : undefined;
}

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

function bash(specs: CommandSpec[]): string {
  const cases = specs.map((s) => {
    // The word after an option that takes a value: its values, folders, files, or nothing for a free value (a name, a
    // date; compopt keeps bash from falling back to file names there, and is quiet outside a completion).
    const reply = (o: OptionSpec) =>
      o.values ? `COMPREPLY=($(compgen -W ${quote(o.values.join(' '))} -- "$cur"))` : o.takes === 'dir' ? 'COMPREPLY=($(compgen -d -- "$cur"))' : o.takes === 'file' ? 'COMPREPLY=($(compgen -f -- "$cur"))' : 'COMPREPLY=(); compopt +o bashdefault 2>/dev/null';
    const values = s.options.filter((o) => o.takesValue).map((o) => `      ${o.flags.join('|')}) ${reply(o)}; return ;;`);
    const first = s.firstArg ? `      [ "$COMP_CWORD" -eq 2 ] && [[ "$cur" != -* ]] && { COMPREPLY=($(compgen -W ${quote(s.firstArg.join(' '))} -- "$cur")); return; }\n` : '';
    return `    ${s.name})\n      case "$prev" in\n${values.join('\n')}${values.length ? '\n' : ''}      esac\n${first}      opts=${quote(s.options.flatMap((o) => o.flags).join(' '))} ;;`;
  });
  return `# bash completion for annexa: source <(annexa completion bash), or save it in ~/.local/share/bash-completion/completions/annexa
_annexa() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}" opts=""
  if [ "$COMP_CWORD" -eq 1 ]; then
    COMPREPLY=($(compgen -W ${quote([...specs.map((s) => s.name), '--help', '--version'].join(' '))} -- "$cur"))
    return
  fi
  case "\${COMP_WORDS[1]}" in
${cases.join('\n')}
  esac
  if [[ "$cur" == -* ]]; then COMPREPLY=($(compgen -W "$opts" -- "$cur")); else COMPREPLY=($(compgen -f -- "$cur")); fi
}
complete -o filenames -o bashdefault -F _annexa annexa
`;
}

/** zsh `_arguments` specs; brackets and colons in descriptions would end a spec early. */
const zdesc = (s: string) => s.replace(/[[\]:'\\]/g, ' ');

function zsh(specs: CommandSpec[]): string {
  const cases = specs.map((s) => {
    const action = (o: OptionSpec) => (o.values ? `(${o.values.join(' ')})` : o.takes === 'file' ? '_files' : o.takes === 'dir' ? '_files -/' : ' ');
    const args = s.options.flatMap((o) => o.flags.map((f) => quote(`${f}[${zdesc(o.description)}]${o.takesValue ? `:value:${action(o)}` : ''}`)));
    const first = s.firstArg ? quote(`1:argument:(${s.firstArg.join(' ')})`) : quote('*:folder or file:_files');
    return `    ${s.name}) _arguments ${[...args, first].join(' ')} ;;`;
  });
  return `#compdef annexa
# zsh completion for annexa: source <(annexa completion zsh), or save it as _annexa in a folder of $fpath
_annexa() {
  local -a commands
  commands=(${specs.map((s) => quote(`${s.name}:${zdesc(s.description)}`)).join(' ')})
  if (( CURRENT == 2 )); then
    _describe 'annexa command' commands
    return
  fi
  local cmd=$words[2]
  shift words; (( CURRENT-- ))
  case $cmd in
${cases.join('\n')}
  esac
}
# Autoloaded from $fpath, this file is the body of _annexa and must complete on its first call; sourced, it registers.
if [[ $funcstack[1] == _annexa ]]; then
  _annexa "$@"
else
  compdef _annexa annexa
fi
`;
}

function fish(specs: CommandSpec[]): string {
  const lines = ['# fish completion for annexa: annexa completion fish > ~/.config/fish/completions/annexa.fish', 'complete -c annexa -f'];
  const names = specs.map((s) => s.name).join(' ');
  for (const s of specs) {
    lines.push(`complete -c annexa -n "not __fish_seen_subcommand_from ${names}" -a ${s.name} -d ${quote(s.description)}`);
    const when = `-n "__fish_seen_subcommand_from ${s.name}"`;
    if (s.firstArg) lines.push(`complete -c annexa ${when} -a ${quote(s.firstArg.join(' '))}`);
    else lines.push(`complete -c annexa ${when} -F`);
    for (const o of s.options) {
      const flags = o.flags.map((f) => (f.startsWith('--') ? `-l ${f.slice(2)}` : `-s ${f.slice(1)}`)).join(' ');
      const value = !o.takesValue ? '' : o.values ? ` -x -a ${quote(o.values.join(' '))}` : o.takes === 'dir' ? ` -x -a '(__fish_complete_directories)'` : o.takes === 'file' ? ' -r -F' : ' -x';
      lines.push(`complete -c annexa ${when} ${flags} -d ${quote(o.description)}${value}`);
    }
  }
  return lines.join('\n') + '\n';
}
