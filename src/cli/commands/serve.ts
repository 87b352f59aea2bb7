import type { Command } from 'commander';
import type { CommandContext } from '../context.js';
import { addInputOptions, civilDate, nonNegativeInt, positiveInt } from '../options.js';

/** Uploads larger than this (all files together) are refused: ten phone photos fit. */
const DEFAULT_MAX_UPLOAD_MB = 100;

export function defineServe(program: Command, { io, setExit }: CommandContext): void {
  const command = program
    .command('serve')
    .description('a page in your browser: drop a contract or photos of it and see the answer, the clauses and the way out (127.0.0.1 only; nothing leaves this computer)')
    .option('--port <n>', 'port on 127.0.0.1 (0: a free one)', nonNegativeInt, 0)
    .option('--no-open', 'do not open the default browser')
    .option('--max-upload <MB>', 'largest upload, all files together, in MB (kept in memory only)', positiveInt, DEFAULT_MAX_UPLOAD_MB)
    .option('--today <date>', "today's date for the cancellation dates (default: today in the contract's jurisdiction)", civilDate);
  addInputOptions(command).action(async (options) => {
    const { runServe } = await import('../../serve/run.js');
    setExit(await runServe(options, io));
  });
}
