import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { ExitCode } from '../errors.js';
import { version } from '../version.js';

const CONTRACT_TYPES = ['gym', 'telecom', 'streaming', 'software', 'dating', 'magazine', 'energy', 'insurance', 'other'];

function isoDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw new InvalidArgumentError('expected a date as YYYY-MM-DD');
  }
  return value;
}

function jurisdiction(value: string): string {
  const v = value.toLowerCase();
  if (!/^(?:generic|[a-z]{2}(?:-[a-z]{2})?)$/.test(v)) throw new InvalidArgumentError('expected a jurisdiction id such as de, at, ch, eu, uk, us, us-ca, us-ny or generic');
  return v;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number');
  return n;
}

export interface CliIO {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
  env: NodeJS.ProcessEnv;
}

/** Build the command tree. Heavy modules load inside the actions, so --help and --version stay fast. */
export function buildProgram(io: CliIO, setExit: (code: number) => void): Command {
  const program = new Command();
  program
    .name('knebel')
    .description('Find lock-in clauses (Knebelverträge) in contracts and rate them with a freedom score from 0 to 100.')
    .version(version(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .exitOverride()
    .addHelpText(
      'after',
      `
Exit codes:
  0  analysed, policy passed
  1  policy failed (reserved for --fail-under / --fail-on)
  2  usage error
  3  at least one input could not be analysed (the others are still reported)
  4  a rule pack is invalid

Examples:
  knebel check vertrag.pdf
  knebel check --format json terms.docx > report.json
  cat agb.txt | knebel check -`,
    );

  program
    .command('check')
    .description('analyse contract files (PDF, DOCX, HTML, Markdown, text) and print findings and a freedom score')
    .argument('<files...>', 'contract files to analyse; "-" reads standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('-o, --output <file>', 'write the report to a file instead of standard output')
    .addOption(new Option('-l, --locale <locale>', 'language of messages (default: the contract\'s language)').choices(['de', 'en']))
    .option('-j, --jurisdiction <id>', 'law to judge by: de, at, ch, eu, uk, us, us-ca, us-ny, generic (default: detected)', jurisdiction)
    .option('--contract-date <date>', 'date the contract was concluded, YYYY-MM-DD (default: read from the contract, else today)', isoDate)
    .addOption(new Option('--contract-type <type>', 'kind of contract (default: detected)').choices(CONTRACT_TYPES))
    .option('--password <password>', 'password for encrypted PDFs')
    .option('--rules <dir>', 'add a rule pack folder of *.yml rules (repeatable)', (dir: string, previous: string[] = []) => [...previous, dir])
    .option('--max-bytes <n>', 'largest input file accepted, in bytes', positiveInt, 100 * 1024 * 1024)
    .option('--color', 'force coloured output')
    .option('--no-color', 'disable coloured output')
    .option('--debug', 'print stack traces of unexpected errors')
    .action(async (files: string[], options) => {
      const { runCheck } = await import('./check.js');
      setExit(await runCheck(files, options, io));
    });
  program
    .command('text')
    .description('print the normalized text of a contract: the text that evidence offsets (start, end) point into')
    .argument('<file>', 'contract file; "-" reads standard input')
    .option('--password <password>', 'password for encrypted PDFs')
    .option('--max-bytes <n>', 'largest input file accepted, in bytes', positiveInt, 100 * 1024 * 1024)
    .action(async (file: string, options) => {
      const { runText } = await import('./text.js');
      setExit(await runText(file, options, io));
    });
  return program;
}

/** Run the CLI and return the exit code; never throws for user errors. */
export async function main(argv: string[], io: CliIO = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env }): Promise<number> {
  let exitCode: number = ExitCode.ok;
  const program = buildProgram(io, (code) => {
    exitCode = code;
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
