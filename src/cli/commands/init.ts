import { Option, type Command } from 'commander';
import type { CommandContext } from '../context.js';
import { jurisdiction } from '../options.js';

export function defineInit(program: Command, { io, setExit }: CommandContext): void {
  program
    .command('init')
    .description('write a commented starter config (knebel.config.json) in the current folder')
    .option('--file <name>', 'file to write: knebel.config.json or .knebelrc.json', 'knebel.config.json')
    .option('-j, --jurisdiction <id>', 'default jurisdiction to put in the config', jurisdiction)
    .addOption(new Option('-l, --locale <locale>', 'default language of messages').choices(['de', 'en']))
    .option('--force', 'overwrite an existing config')
    .action(async (options) => {
      const { runInit } = await import('../init.js');
      setExit(await runInit(options, io));
    });
}
