import { statSync } from 'node:fs';
import path from 'node:path';
import { Option, type Command } from 'commander';
import type { CliIo } from './io.js';
import { collect } from './outputs.js';
import { registerExport } from './register-export.js';

/** Registers the commands other than validate/check; each loads its implementation on use. */
export function registerMore(program: Command, io: CliIo, setCode: (code: number) => void): void {
  program
    .command('init')
    .description('write a commented annexa.yaml (never overwrites; decides no control)')
    .argument('[dir]', 'governance repository folder', '.')
    .option('--organization <name>', 'organisation name (default: the folder name)')
    .option('--standard <id>', 'a standard in scope: iso27001, iso42001 (repeatable; default both)', collect)
    .action(async (dir: string, opts) => {
      const { runInit } = await import('./init.js');
      setCode(await runInit(dir, opts, io));
    });

  program
    .command('soa')
    .description('the Statement of Applicability of every standard in scope, with coverage')
    .argument('[dir]', 'governance repository folder', '.')
    .addOption(new Option('-f, --format <format>', 'output format (xlsx and docx need --output)').choices(['text', 'markdown', 'json', 'csv', 'xlsx', 'docx']).default('text'))
    .option('-o, --output <file>', 'write to a file instead of stdout')
    .option('-c, --config <file>', 'config file, relative to dir')
    .option('--standard <id>', 'only this standard (iso27001, iso42001)', collect)
    .option('--theme <id>', 'only this theme or area, e.g. A.8 (repeatable)', collect)
    .option('--status <status>', 'only controls in this state: implemented, in-progress, planned, not-applicable, no-decision (repeatable)', collect)
    .option('--today <date>', 'date to measure evidence age against (YYYY-MM-DD)')
    .option('--bom', 'start CSV with a UTF-8 byte order mark, so Excel reads accents right')
    .action(async (dir: string, opts) => {
      const { runSoa } = await import('./soa.js');
      setCode(await runSoa(dir, opts, io));
    });

  program
    .command('clauses')
    .description('clause readiness: each clause 4-10 requirement of the standards in scope and the records meeting it')
    .argument('[dir]', 'governance repository folder', '.')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'markdown', 'json', 'csv']).default('text'))
    .option('-o, --output <file>', 'write to a file instead of stdout')
    .option('-c, --config <file>', 'config file, relative to dir')
    .option('--standard <id>', 'only this standard (iso27001, iso42001)', collect)
    .option('--today <date>', 'date of the report (YYYY-MM-DD)')
    .action(async (dir: string, opts) => {
      const { runClauses } = await import('./clauses.js');
      setCode(await runClauses(dir, opts, io));
    });

  program
    .command('crosswalk')
    .description('related controls and clauses of the other standard, with relation type and rationale')
    .argument('[ref]', 'a control or clause ref, e.g. iso27001:A.8.15 (default: the whole crosswalk)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('-d, --dir <dir>', 'governance repository, for the state of related controls and suggestions (default: the current folder if it has annexa.yaml)')
    .option('-c, --config <file>', 'config file, relative to dir')
    .action(async (ref: string | undefined, opts) => {
      const { runCrosswalk } = await import('./crosswalk.js');
      setCode(await runCrosswalk(ref, opts, io));
    });

  program
    .command('ai-act')
    .description('EU AI Act articles each AI system owes (roles x risk route), their dates, and what the repository holds for them')
    .argument('[system]', 'one AI system id (default: every system)')
    .option('-d, --dir <dir>', 'governance repository folder', '.')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'markdown', 'json']).default('text'))
    .option('-o, --output <file>', 'write to a file instead of stdout')
    .option('-c, --config <file>', 'config file, relative to dir')
    .option('--today <date>', 'date to decide which obligations apply (YYYY-MM-DD)')
    .action(async (system: string | undefined, opts) => {
      const { runAiAct } = await import('./ai-act.js');
      setCode(await runAiAct(system, opts, io));
    });

  program
    .command('ai-rmf')
    .description('NIST AI RMF 1.0 profile: per subcategory, what the ISO/IEC 42001 implementation offers (suggestions, not coverage)')
    .argument('[dir]', 'governance repository folder', '.')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['json', 'markdown', 'csv']).default('markdown'))
    .option('-o, --output <file>', 'write to a file instead of stdout')
    .option('-c, --config <file>', 'config file, relative to dir')
    .option('--today <date>', 'date shown in the output (YYYY-MM-DD)')
    .action(async (dir: string, opts) => {
      const { runAiRmf } = await import('./ai-rmf.js');
      setCode(await runAiRmf(dir, opts, io));
    });

  program
    .command('new')
    .description('write a commented, schema-valid record to start from (never overwrites)')
    .argument('<kind>', 'record kind: control, evidence, risk, ai-system, impact-assessment, policy')
    .argument('[id]', 'record id (default: new-KIND)')
    .option('-d, --dir <dir>', 'governance repository folder; the record goes to <dir>/<kind folder>/<id>.yaml', '.')
    .option('-o, --output <file>', 'write to this file instead (- for stdout)')
    .option('--title <title>', 'the record title')
    .option('--implements <refs...>', '(control) the controls it implements, e.g. iso27001:A.8.15 iso42001:A.6.2.8')
    .action(async (kind: string, id: string | undefined, opts) => {
      const { runNew } = await import('./new.js');
      setCode(await runNew(kind, id, opts, io));
    });

  program
    .command('completion')
    .description('print a shell completion script: bash, zsh or fish')
    .argument('<shell>', 'bash, zsh or fish')
    .action(async (shell: string) => {
      const { runCompletion } = await import('./completion.js');
      setCode(await runCompletion(shell, program, io));
    });

  program
    .command('catalog')
    .description('list the controls (or clauses) of the catalogs, or show one with its summary, attributes and crosswalk relations')
    .argument('[ref]', 'a control or clause to show, e.g. iso27001:A.8.15')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('--standard <id>', 'only this catalog: iso27001, iso42001 or your own (repeatable)', collect)
    .option('--theme <theme>', 'only this theme, by name or id: organizational, people, physical, technological, A.8 (repeatable)', collect)
    .option('--area <id>', 'only this area or objective, e.g. A.6 or A.6.2 (repeatable)', collect)
    .option('--attribute <value>', 'only controls with this attribute value, e.g. preventive or controlType=preventive (repeatable; all must match)', collect)
    .option('--clauses', 'list clauses 4-10 instead of Annex A controls')
    .option('-d, --dir <dir>', 'governance repository whose own catalogs (annexa.yaml catalogs) to include')
    .option('-c, --config <file>', 'config file, relative to dir')
    .action(async (ref: string | undefined, opts) => {
      const { runCatalog } = await import('./catalog.js');
      setCode(await runCatalog(ref, opts, io));
    });

  program
    .command('rules')
    .description('list every rule with its id, default severity and description')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (opts) => {
      const { runRulesList } = await import('./rules-list.js');
      setCode(await runRulesList(opts, io));
    });

  program
    .command('pack')
    .description('render the audit pack (HTML and Markdown) from templates')
    .argument('[dir]', 'governance repository folder', '.')
    .requiredOption('--out <folder>', 'folder to write the pack into (created; must be empty or an earlier pack)')
    .option('--date <date>', 'the pack date (YYYY-MM-DD); also the date ages and reviews are measured against')
    .option('--templates <dir>', 'folder of .hbs templates that override or add pages')
    .option('--since <rev>', 'add a change log of governance records since this git revision')
    .option('-c, --config <file>', 'config file, relative to dir')
    .option('--force', 'write into a non-empty folder that annexa did not create')
    .option('-q, --quiet', 'no progress output')
    .action(async (dir: string, opts) => {
      const { runPack } = await import('./pack.js');
      setCode(await runPack(dir, opts, io));
    });

  program
    .command('diff')
    .description('what changed in the governance model between two git revisions (TO defaults to the working tree)')
    .argument('<from>', 'git revision to compare from')
    .argument('[to]', 'git revision to compare to (default: working tree); an existing folder here is taken as [dir]')
    .argument('[dir]', 'governance repository folder (or -d)')
    .option('-d, --dir <dir>', 'governance repository folder', '.')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'markdown', 'json']).default('text'))
    .option('-o, --output <file>', 'write to a file instead of stdout')
    .option('-c, --config <file>', 'config file, relative to dir')
    .action(async (from: string, to: string | undefined, dir: string | undefined, opts) => {
      const { runDiff } = await import('./diff.js');
      // `annexa diff HEAD~3 governance/` reads naturally: a TO that is an existing folder is the folder.
      const toIsDir = to !== undefined && to !== '.' && dir === undefined && statSync(path.resolve(io.cwd, to), { throwIfNoEntry: false })?.isDirectory();
      setCode(await runDiff(from, to === '.' || toIsDir ? undefined : to, { ...opts, dir: toIsDir ? to : (dir ?? opts.dir) }, io));
    });

  registerExport(program, io, setCode);
}
