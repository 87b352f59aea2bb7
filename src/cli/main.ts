import { Command, CommanderError } from 'commander';
import { ExitCode } from '../errors.js';
import { version } from '../version.js';
import { guardStandardStreams } from './std-streams.js';
import { defineCheck } from './commands/check.js';
import { defineDeadline } from './commands/deadline.js';
import { defineDiff } from './commands/diff.js';
import { defineInit } from './commands/init.js';
import { defineLetter } from './commands/letter.js';
import { defineRules } from './commands/rules.js';
import { defineServe } from './commands/serve.js';
import { defineText } from './commands/text.js';
import type { CliIO, CommandContext } from './context.js';
import { safeIO } from './safe-io.js';

export type { CliIO } from './context.js';

/**
 * Each command lives in src/cli/commands/<name>.ts and only declares its options; the work is
 * imported inside its action, so --help and --version load no parser.
 */
const COMMANDS: ((program: Command, context: CommandContext) => void)[] = [defineCheck, defineText, defineRules, defineDeadline, defineLetter, defineDiff, defineInit, defineServe];

const widthOf = (stream: unknown): number => {
  const tty = stream as { isTTY?: boolean; columns?: number };
  return tty.isTTY && tty.columns ? tty.columns : 80;
};

/** Build the command tree. */
export function buildProgram(io: CliIO, setExit: (code: number) => void): Command {
  const program = new Command();
  program
    .name('knebel')
    .description('Find lock-in clauses (Knebelverträge) in contracts and rate them with a freedom score from 0 to 100.')
    .version(version(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      // help is wrapped to the width of the stream it goes to (80 columns when not a terminal)
      getOutHelpWidth: () => widthOf(io.stdout),
      getErrHelpWidth: () => widthOf(io.stderr),
    })
    .exitOverride()
    .addHelpText(
      'after',
      `
Exit codes:
  0  analysed, policy passed
  1  policy failed: a score below --fail-under, a finding at or above --fail-on;
     knebel diff: the new version is worse
  2  usage error (unknown option, bad value, invalid config, unreadable baseline)
  3  at least one input could not be analysed (the others are still reported)
  4  a rule pack is invalid
  74 a report could not be written after the analysis (disk full, I/O error)
  129, 130, 143  stopped by SIGHUP, SIGINT (Ctrl-C), SIGTERM: the finished documents
     are reported, the running ones as INTERRUPTED
  A closed standard output (knebel … | head) ends knebel quietly.

Examples:
  knebel check vertrag.pdf
  knebel check --format json terms.docx > report.json
  cat agb.txt | knebel check -
  knebel check contracts/ --fail-under 60 --format sarif --output knebel.sarif
  knebel diff agb-2024.pdf agb-2025.pdf --format markdown
  knebel rules --jurisdiction de
  knebel explain notice-period --locale de`,
    );
  for (const define of COMMANDS) define(program, { io, setExit });
  return program;
}

/** Run the CLI and return the exit code; never throws for user errors. */
export async function main(argv: string[], rawIO: CliIO = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env }): Promise<number> {
  if (rawIO.stdout === process.stdout) guardStandardStreams(process.stdout, process.stderr);
  let exitCode: number = ExitCode.ok;
  // the output boundary: nothing raw from a contract or a file name reaches a terminal or CI log
  const io = safeIO(rawIO);
  const program = buildProgram(io, (code) => {
    exitCode = code;
  });
  program.hook('preAction', (_program, command) => {
    const options = command.opts();
    if (options.format === 'github' && options.output === undefined) io.allowWorkflowCommands();
  });
  try {
    await program.parseAsync(argv);
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end with a CommanderError too, exit code 0
      if (error.exitCode === 0 || error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return ExitCode.ok;
      return ExitCode.usage;
    }
    io.stderr.write(`knebel: internal error: ${error instanceof Error ? (argv.includes('--debug') ? error.stack : error.message) : String(error)}\n`);
    return ExitCode.internal;
  }
}
