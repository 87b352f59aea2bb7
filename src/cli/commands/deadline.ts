import type { Command } from 'commander';
import { DEFAULT_PERIODS, DEFAULT_REMIND_DAYS } from '../../model/limits.js';
import type { CommandContext } from '../context.js';
import { addAnalysisOptions, addAnswerOptions, addInputOptions, addOutputOptions, nonNegativeInt, positiveInt } from '../options.js';

/** What `deadline` and `letter` share: the consumer's dates, how to judge the contract, how to read it. */
export const addConsumerOptions = (command: Command): Command => addInputOptions(addAnalysisOptions(addAnswerOptions(command)));

export function defineDeadline(program: Command, { io, setExit }: CommandContext): void {
  const command = program
    .command('deadline')
    .description('compute the earliest end of a contract and the last day the cancellation must arrive, step by step; for many contracts an overview and one calendar')
    .argument('<files...>', 'contract files or folders; "-" reads standard input');
  addOutputOptions(command, { formats: ['text', 'json'], output: false })
    .option('--periods <n>', 'how many periods to list (current and next)', positiveInt, DEFAULT_PERIODS)
    .option('--ics <file>', 'also write an iCalendar file (RFC 5545) with one reminder per contract; "-" prints it instead of the dates')
    .option('--remind-days <n>', 'days before the deadline for the reminder', nonNegativeInt, DEFAULT_REMIND_DAYS);
  addConsumerOptions(command).action(async (files: string[], options) => {
    const { runDeadline } = await import('../deadline.js');
    setExit(await runDeadline(files, options, io));
  });
}
