import { Option, type Command } from 'commander';
import type { CliIo } from './io.js';

/** `annexa export oscal [dir] --model NAME`: registered apart so other commands' files stay untouched. */
export function registerExport(program: Command, io: CliIo, setCode: (code: number) => void): void {
  program
    .command('export')
    .description('write the repository as an OSCAL 1.2 document (catalog, mapping-collection, component-definition, assessment-results)')
    .argument('<target>', 'what to export to: oscal')
    .argument('[dir]', 'governance repository folder', '.')
    .addOption(new Option('--model <name>', 'OSCAL model').choices(['catalog', 'mapping-collection', 'component-definition', 'assessment-results']).makeOptionMandatory())
    .option('--catalog <id>', 'catalog to export with --model catalog (default: the first standard in scope), e.g. iso42001 or a user catalog id')
    .addOption(new Option('-f, --format <format>', 'serialisation').choices(['json', 'yaml']).default('json'))
    .option('-o, --output <file>', 'write to a file (atomically) instead of stdout')
    .option('-c, --config <file>', 'config file, relative to dir')
    .option('--date <date>', 'the document date (YYYY-MM-DD) every timestamp derives from; also the check date (default: today)')
    .addOption(new Option('--fail-on <level>', 'assessment-results: findings at or above this level make a control not satisfied').choices(['error', 'warning', 'never']).default('error'))
    .action(async (target: string, dir: string, opts) => {
      const { runExport } = await import('./export.js');
      setCode(await runExport(target, dir, opts, io));
    });
}
