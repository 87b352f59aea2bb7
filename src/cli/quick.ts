import { readFileSync } from 'node:fs';
import { version } from '../version.js';

/**
 * Answers that need no CLI: `--version`, and `--help` when the output is not a terminal (then
 * commander's help is always 80 columns wide, and the build wrote it to dist/cli-help.txt).
 * Loading commander and the command modules costs about half of a bare node start; this keeps
 * `knebel --version` / `knebel --help` close to `node -e 0`. On a terminal, help is built live
 * for its width.
 */
export const HELP_FILE = new URL('../cli-help.txt', import.meta.url);

export function quickAnswer(args: readonly string[], toTerminal = Boolean(process.stdout.isTTY)): string | undefined {
  if (args.length !== 1) return undefined;
  const [arg] = args;
  try {
    if (arg === '--version' || arg === '-V') return `${version()}\n`;
    if ((arg === '--help' || arg === '-h') && !toTerminal) return readFileSync(HELP_FILE, 'utf8');
  } catch {
    // no cached help (a build without the cache step): the CLI answers
  }
  return undefined;
}
