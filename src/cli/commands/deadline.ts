import { InvalidArgumentError, Option, type Command } from 'commander';
import { readUserDate } from '../../deadline/civil.js';
import type { CommandContext } from '../context.js';
import { CONTRACT_TYPES, jurisdiction, positiveInt } from '../options.js';
import { addLimitOptions, prestart } from './limits.js';

/** A real calendar date, YYYY-MM-DD or DD.MM.YYYY (2025-02-30 is refused); passed on as YYYY-MM-DD. */
export function civilDate(value: string): string {
  const date = readUserDate(value);
  if (!date) throw new InvalidArgumentError('expected a calendar date as YYYY-MM-DD or DD.MM.YYYY');
  return date;
}

/** The consumer's options of `knebel check`: the dates of the answer and how much to print. */
export function addAnswerOptions(command: Command): Command {
  return command
    .option('--start <date>', 'first day of the contract, YYYY-MM-DD or DD.MM.YYYY (default: the start the contract states)', civilDate)
    .option('--today <date>', "today's date for the cancellation dates (default: today in the contract's jurisdiction)", civilDate)
    .option('--no-cancel-button', "the provider's website has no cancellation button (§ 312k BGB): compute the immediate cancellation")
    .option('--brief', 'print only the answer: verdict, worst traps, dates and next step')
    .option('--verbose', 'also print rule ids in the text report');
}

export function nonNegativeInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number of days (0 or more)');
  return n;
}

/** Options that `deadline` and `letter` share: the dates and how to read the contract. */
export function addConsumerOptions(command: Command): Command {
  command
    .option('--start <date>', 'first day of the contract, YYYY-MM-DD or DD.MM.YYYY (default: the start the contract states; asked for when it states none)', civilDate)
    .option('--today <date>', "today's date, YYYY-MM-DD or DD.MM.YYYY (default: today in the contract's jurisdiction)", civilDate)
    .addOption(new Option('-l, --locale <locale>', "language of the output (default: the contract's language)").choices(['de', 'en']))
    .option('-j, --jurisdiction <id>', 'law to apply: de, at, ch, eu, uk, us, us-ca, us-ny, generic (default: detected)', jurisdiction)
    .option('--contract-date <date>', 'date the contract was concluded, YYYY-MM-DD or DD.MM.YYYY (default: read from the contract)', civilDate)
    .addOption(new Option('--contract-type <type>', 'kind of contract (default: detected)').choices(CONTRACT_TYPES))
    .option('--no-cancel-button', "the provider's website has no cancellation button (§ 312k BGB): compute the immediate cancellation")
    .option('--password <password>', 'password for encrypted PDFs');
  return addLimitOptions(command);
}

export function defineDeadline(program: Command, { io, setExit }: CommandContext): void {
  const command = program
    .command('deadline')
    .description('compute the earliest end of a contract and the last day the cancellation must arrive, step by step; for many contracts an overview and one calendar')
    .argument('<files...>', 'contract files or folders; "-" reads standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('--periods <n>', 'how many periods to list (current and next)', positiveInt, 4)
    .option('--ics <file>', 'also write an iCalendar file (RFC 5545) with one reminder per contract; "-" prints it instead of the dates')
    .option('--remind-days <n>', 'days before the deadline for the reminder', nonNegativeInt, 14)
    .option('--color', 'force coloured output')
    .option('--no-color', 'disable coloured output');
  addConsumerOptions(command).action(async (files: string[], options) => {
    const { runDeadline } = await import('../deadline.js');
    setExit(await runDeadline(files, options, io));
  });
}
