import { Option, type Command } from 'commander';
import { LETTER_FORMATS, LETTER_REASONS } from '../../letter/choices.js';
import type { CommandContext } from '../context.js';
import { addOutputOptions } from '../options.js';
import { prestart } from '../prestart.js';
import { addConsumerOptions } from './deadline.js';

export function defineLetter(program: Command, { io, setExit }: CommandContext): void {
  const command = program
    .command('letter')
    .description('write a cancellation letter (German "Kündigung" or English) with the computed end date')
    .argument('<file>', 'contract file; "-" reads standard input')
    .requiredOption('--name <name>', 'your full name')
    .option('--member-id <id>', 'your membership number, if the contract has one')
    .option('--customer-id <id>', 'your customer number, if the contract has one')
    .option('--contract-id <id>', 'your contract number, if the contract has one')
    .option('--email <address>', 'the e-mail address of your account, when there is no number')
    .addOption(new Option('--reason <reason>', 'write the letter for a special reason, citing its legal basis').choices([...LETTER_REASONS]))
    .option('--address <address>', 'your postal address; lines separated by commas or newlines')
    .option('--provider <address>', "the provider's name and address (default: read from the contract's letterhead)");
  addOutputOptions(command, {
    formats: [...LETTER_FORMATS],
    formatHelp: 'plain text, Markdown, a ready e-mail (subject and body) or a printable A4 PDF',
    output: 'write the letter to a file instead of standard output',
    color: false,
  });
  addConsumerOptions(command).action(async (file: string, options) => {
    // the analysis process starts loading now, while this process loads the command
    const prestarted = await prestart(options.maxMemory);
    const { runLetter } = await import('../letter.js');
    setExit(await runLetter(file, { ...options, prestarted }, io));
  });
}
