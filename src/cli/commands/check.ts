import { Option, type Command } from 'commander';
import type { CommandContext } from '../context.js';
import { collect, CONTRACT_TYPES, DEFAULT_MAX_BYTES, isoDate, jurisdiction, positiveInt } from '../options.js';

export function defineCheck(program: Command, { io, setExit }: CommandContext): void {
  program
    .command('check')
    .description('analyse contract files (PDF, DOCX, HTML, Markdown, text) and print findings and a freedom score')
    .argument('<files...>', 'contract files to analyse; "-" reads standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('-o, --output <file>', 'write the report to a file instead of standard output')
    .addOption(new Option('-l, --locale <locale>', "language of messages (default: the contract's language)").choices(['de', 'en']))
    .option('-j, --jurisdiction <id>', 'law to judge by: de, at, ch, eu, uk, us, us-ca, us-ny, generic (default: detected)', jurisdiction)
    .option('--contract-date <date>', 'date the contract was concluded, YYYY-MM-DD (default: read from the contract, else today)', isoDate)
    .addOption(new Option('--contract-type <type>', 'kind of contract (default: detected)').choices(CONTRACT_TYPES))
    .option('--password <password>', 'password for encrypted PDFs')
    .option('--rules <dir>', 'add a rule pack folder of *.yml rules (repeatable)', collect)
    .option('--max-bytes <n>', 'largest input file accepted, in bytes', positiveInt, DEFAULT_MAX_BYTES)
    .option('--color', 'force coloured output')
    .option('--no-color', 'disable coloured output')
    .option('--debug', 'print stack traces of unexpected errors')
    .action(async (files: string[], options) => {
      const { runCheck } = await import('../check.js');
      setExit(await runCheck(files, options, io));
    });
}
