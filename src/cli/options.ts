import { InvalidArgumentError, Option, type Command } from 'commander';
import { readUserDate } from '../deadline/civil.js';
import { jurisdictionProblem } from '../model/jurisdiction.js';
import {
  DEFAULT_MAX_BYTES,
  DEFAULT_MAX_CHARS,
  DEFAULT_MAX_MEMORY_MB,
  DEFAULT_MAX_PAGES,
  DEFAULT_MAX_PIXELS,
  DEFAULT_MAX_UNZIPPED_BYTES,
  DEFAULT_TIME_BUDGET_SECONDS,
  MAX_TIME_BUDGET_SECONDS,
} from '../model/limits.js';
import { DEFAULT_OCR_LANG, OCR_ENGINES, OCR_MODES } from '../ocr/limits.js';
import { CONTRACT_TYPES, SEVERITIES } from '../model/vocabulary.js';

/*
 * Every option the commands share, declared once. A command takes the groups it needs
 * (addAnalysisOptions, addInputOptions, addRuleOptions, addOutputOptions, addAnswerOptions); the
 * values become one settings object in src/settings/. Defaults come from src/model/limits.ts.
 * Parsers throw commander's InvalidArgumentError (exit 2). This module must not load a stage:
 * `--help` loads no parser.
 */

/** A real calendar date, YYYY-MM-DD or DD.MM.YYYY (2025-02-30 is refused by every command alike); passed on as YYYY-MM-DD. */
export function civilDate(value: string): string {
  const date = readUserDate(value);
  if (!date) throw new InvalidArgumentError('expected a calendar date as YYYY-MM-DD or DD.MM.YYYY');
  return date;
}

export function jurisdiction(value: string): string {
  const v = value.toLowerCase();
  const problem = jurisdictionProblem(v);
  if (problem) throw new InvalidArgumentError(problem);
  return v;
}

export function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number');
  return n;
}

export function nonNegativeInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number of days (0 or more)');
  return n;
}

/** Collector for repeatable options such as --rules DIR --rules DIR2. */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** A freedom score threshold, 0 to 100. */
export function scoreValue(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isInteger(n) || n < 0 || n > 100) throw new InvalidArgumentError('expected a score from 0 to 100');
  return n;
}

/** "2/4" → { index: 2, count: 4 }: the second of four slices. */
export function shardSpec(value: string): { index: number; count: number } {
  const m = /^(\d+)\/(\d+)$/.exec(value);
  const index = m ? Number(m[1]) : 0;
  const count = m ? Number(m[2]) : 0;
  if (!m || count < 1 || index < 1 || index > count) throw new InvalidArgumentError('expected K/N with 1 ≤ K ≤ N, e.g. 1/4');
  return { index, count };
}

/** --time-budget in seconds, 1 to MAX_TIME_BUDGET_SECONDS (about 24 days). */
export function timeBudget(value: string): number {
  const n = positiveInt(value);
  if (n > MAX_TIME_BUDGET_SECONDS) throw new InvalidArgumentError(`expected at most ${MAX_TIME_BUDGET_SECONDS} seconds (about 24 days)`);
  return n;
}

const LOCALES = ['de', 'en'];

/** --fail-on: a severity, or "none" to switch a config's threshold off; what it fails on is the command's (check, diff). */
export const failOnOption = (meaning: string) => new Option('--fail-on <severity>', meaning).choices([...SEVERITIES, 'none']);

/** How to judge the contract: language of the output, law, date and kind (check, diff, deadline, letter). */
export function addAnalysisOptions(command: Command): Command {
  return command
    .addOption(new Option('-l, --locale <locale>', "language of the output (default: the contract's language)").choices(LOCALES))
    .option('-j, --jurisdiction <id>', 'law to judge by: de, at, ch, eu, uk, us, us-ca, us-ny, generic (default: detected)', jurisdiction)
    .option('--contract-date <date>', 'date the contract was concluded, YYYY-MM-DD or DD.MM.YYYY (default: read from the contract, else today)', civilDate)
    .addOption(new Option('--contract-type <type>', 'kind of contract (default: detected)').choices([...CONTRACT_TYPES]));
}

/**
 * Reading a contract: the password, OCR, the time budget and the size and memory limits. Every
 * command that reads a contract has the same ones, so no error message advises an option a
 * command lacks (check, diff, text, deadline, letter).
 */
export function addInputOptions(command: Command): Command {
  return command
    .option('--password <password>', 'password for encrypted PDFs')
    .addOption(new Option('--ocr <mode>', 'read scans and photos by OCR: auto (pages without a text layer), always (every page), never').choices(OCR_MODES).default('auto'))
    .option('--ocr-lang <langs>', 'OCR languages joined by "+" (installed: deu, eng)', DEFAULT_OCR_LANG)
    .addOption(new Option('--ocr-engine <engine>', 'OCR engine: wasm (built in), system (an installed tesseract program)').choices(OCR_ENGINES).default('wasm'))
    .option('--max-pixels <n>', 'largest image accepted for OCR, in pixels as declared in its header', positiveInt, DEFAULT_MAX_PIXELS)
    .option('--time-budget <seconds>', `stop analysing a document after this many seconds (reported as TIME_LIMIT; at most ${MAX_TIME_BUDGET_SECONDS})`, timeBudget, DEFAULT_TIME_BUDGET_SECONDS)
    .option('--max-bytes <n>', 'largest input file accepted, in bytes', positiveInt, DEFAULT_MAX_BYTES)
    .option('--max-pages <n>', 'most PDF or TIFF pages read', positiveInt, DEFAULT_MAX_PAGES)
    .option('--max-chars <n>', 'most characters of text analysed per document', positiveInt, DEFAULT_MAX_CHARS)
    .option('--max-unzipped-bytes <n>', 'largest size a DOCX may decompress to, in bytes', positiveInt, DEFAULT_MAX_UNZIPPED_BYTES)
    .option('--max-memory <MB>', 'memory one analysis process may use, in MB (stopped above it and reported as TOO_LARGE)', positiveInt, DEFAULT_MAX_MEMORY_MB);
}

/** Which rules run, and the config file that can add to them (check, diff). */
export function addRuleOptions(command: Command): Command {
  return command
    .option('--rules <dir>', 'add a rule pack folder of *.yml rules (repeatable)', collect)
    .option('--disable-rule <id>', 'do not run this rule (repeatable)', collect)
    .option('--config <file>', 'config file (default: knebel.config.json or .knebelrc.json here or in a parent folder)')
    .option('--no-config', 'ignore config files');
}

export interface OutputChoices {
  formats: readonly string[];
  /** What the formats are, when more than "output format" helps. */
  formatHelp?: string;
  /** The help of -o/--output; false: no -o (deadline writes to standard output and --ics). */
  output?: string | false;
  /** Offer --color/--no-color (default true). */
  color?: boolean;
}

/** Where and how the result is written. */
export function addOutputOptions(command: Command, { formats, formatHelp = 'output format', output = 'write the result to a file instead of standard output', color = true }: OutputChoices): Command {
  command.addOption(new Option('-f, --format <format>', formatHelp).choices(formats).default(formats[0]));
  if (output) command.option('-o, --output <file>', output);
  if (color) command.option('--color', 'force coloured output').option('--no-color', 'disable coloured output');
  return command;
}

/** The consumer's dates (check, deadline, letter); `check` adds how much of the answer to print. */
export function addAnswerOptions(command: Command, { printing = false } = {}): Command {
  command
    .option('--start <date>', 'first day of the contract, YYYY-MM-DD or DD.MM.YYYY (default: the start the contract states)', civilDate)
    .option('--today <date>', "today's date for the cancellation dates, YYYY-MM-DD or DD.MM.YYYY (default: today in the contract's jurisdiction)", civilDate)
    .option('--no-cancel-button', "the provider's website has no cancellation button (§ 312k BGB): compute the immediate cancellation");
  if (printing) {
    command
      .option('--brief', 'print only the answer: verdict, worst traps, dates and next step')
      .option('--verbose', 'also print rule ids in the text report');
  }
  return command;
}
