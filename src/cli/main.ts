import { Command, CommanderError, Option } from 'commander';
import { AnnexaError } from '../core/errors.js';
import type { CliIo } from './io.js';
import { toolVersion } from './version.js';
import { collect } from './outputs.js';

/**
 * The whole CLI as a function: arguments and streams in, exit code out. Only bin/annexa.js
 * touches `process`. Command implementations load lazily so `--version` stays fast.
 */
export async function main(argv: string[], io: CliIo): Promise<number> {
  let code = 0;
  const debug = argv.includes('--debug');
  const program = new Command('annexa')
    .description('Compliance as code for ISO/IEC 27001:2022 and ISO/IEC 42001:2023')
    .version(toolVersion(), '-v, --version')
    .option('--debug', 'show stack traces for errors')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      // Usage errors are one line like every other error: `annexa: unknown option '--nope' (see annexa check --help)`.
      outputError: (s, write) => write(`annexa: ${s.trim().replace(/^error: /, '')} (see annexa --help)\n`),
    });

  const lintCommand = (name: 'validate' | 'check', summary: string) => {
    const cmd = program
      .command(name)
      .description(summary)
      .argument('[dir]', 'governance repository folder', '.')
      .option('-f, --format <format>', 'output format (repeatable): text, json, sarif, junit, github, markdown, gitlab', collect)
      .option('-o, --output <file>', 'write a --format to this file (repeatable; paired by position, or by a known extension: .sarif .xml .md .json .txt)', collect)
      .option('-c, --config <file>', 'config file, relative to dir (default: annexa.yaml)')
      .addOption(new Option('--fail-on <level>', 'exit 1 on findings at or above this level').choices(['error', 'warning', 'never']).default('error'))
      .option('--today <date>', 'date to measure reviews and evidence age against (YYYY-MM-DD)')
      .option('-q, --quiet', 'no notes on stderr');
    if (name === 'check') {
      cmd.option('--baseline <file>', 'a saved --format json result; fail only on findings new against it');
      cmd.option('--changed-since <rev>', 'only findings in records changed since this git revision, and those the change caused');
    }
    cmd.action(async (dir: string, opts) => {
      const { runLint } = await import('./lint.js');
      code = await runLint(name, dir, opts, io);
    });
  };
  lintCommand('validate', 'check records against schemas and catalogs (integrity)');
  lintCommand('check', 'the CI gate: validate plus governance rules (unmapped controls, exclusions, risks, AI, evidence)');
  (await import('./register-more.js')).registerMore(program, io, (c) => (code = c));

  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.exitCode === 0 ? 0 : 2;
    }
    if (err instanceof AnnexaError) {
      io.stderr.write(`annexa: ${err.message}\n`);
      if (debug && err.stack) io.stderr.write(err.stack + '\n');
      return err.exitCode;
    }
    io.stderr.write(`annexa: internal error: ${err instanceof Error ? err.message : String(err)}${debug ? '' : ' (run with --debug for details)'}\n`);
    if (debug && err instanceof Error && err.stack) io.stderr.write(err.stack + '\n');
    return 2;
  }
}
