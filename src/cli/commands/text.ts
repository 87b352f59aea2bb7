import type { Command } from 'commander';
import type { CommandContext } from '../context.js';
import { addInputOptions } from '../options.js';
import { prestart } from '../prestart.js';

export function defineText(program: Command, { io, setExit }: CommandContext): void {
  const command = program
    .command('text')
    .description('print the normalized text of a contract: the text that evidence offsets (start, end) point into')
    .argument('<file>', 'contract file; "-" reads standard input');
  addInputOptions(command).action(async (file: string, options) => {
    // the analysis process starts loading now, while this process loads the command
    const prestarted = await prestart(options.maxMemory);
    const { runText } = await import('../text.js');
    setExit(await runText(file, { ...options, prestarted }, io));
  });
}
