import { Option, type Command } from 'commander';
import { DEFAULT_MAX_PIXELS, DEFAULT_OCR_LANG, OCR_ENGINES, OCR_MODES } from '../../ocr/limits.js';
import type { CommandContext } from '../context.js';
import { addAnswerOptions } from './deadline.js';
import { collect, CONTRACT_TYPES, isoDate, jurisdiction, MIN_SEVERITY_CHOICES, positiveInt, scoreValue, SEVERITY_CHOICES, shardSpec } from '../options.js';
import { addLimitOptions } from './limits.js';

export const FORMAT_CHOICES = ['text', 'json', 'sarif', 'markdown', 'github', 'html', 'jsonl', 'compact'];

export function defineCheck(program: Command, { io, setExit }: CommandContext): void {
  const command = program
    .command('check')
    .description('analyse contract files (PDF, DOCX, HTML, Markdown, text; scans and photos by OCR) and print findings and a freedom score')
    .argument('[files...]', 'contract files or folders (searched recursively); "-" reads a contract from standard input')
    .addOption(new Option('-f, --format <format>', 'output format (jsonl: one line per document as it finishes; compact: file:line: severity rule-id message)').choices(FORMAT_CHOICES).default('text'))
    .option('-o, --output <file>', 'write the report to a file instead of standard output ("-": standard output)')
    .option('--write <format:file>', 'also write the report in another format, e.g. sarif:knebel.sarif (repeatable)', collect)
    .addOption(new Option('--min-severity <severity>', 'show only findings of this severity or worse (the score and --fail-on still count all)').choices(MIN_SEVERITY_CHOICES))
    .option('--stdin-filename <name>', 'name of the contract read from standard input ("-") in reports and suppressions')
    .addOption(new Option('-l, --locale <locale>', "language of messages (default: the contract's language)").choices(['de', 'en']))
    .option('-j, --jurisdiction <id>', 'law to judge by: de, at, ch, eu, uk, us, us-ca, us-ny, generic (default: detected)', jurisdiction)
    .option('--contract-date <date>', 'date the contract was concluded, YYYY-MM-DD (default: read from the contract, else today)', isoDate)
    .addOption(new Option('--contract-type <type>', 'kind of contract (default: detected)').choices(CONTRACT_TYPES))
    .option('--password <password>', 'password for encrypted PDFs')
    .option('--force-contract', 'analyse a text even when it does not read like a contract (otherwise NOT_A_CONTRACT, exit 3)')
    .option('--rules <dir>', 'add a rule pack folder of *.yml rules (repeatable)', collect)
    .option('--disable-rule <id>', 'do not run this rule (repeatable)', collect)
    .option('--no-model', 'rules only: no statistical second opinion (findings marked "statistical match")')
    .option('--fail-under <score>', 'exit 1 when a contract scores below SCORE (0-100)', scoreValue)
    .addOption(new Option('--fail-on <severity>', 'exit 1 on a finding of this severity or worse ("none": never)').choices(SEVERITY_CHOICES))
    .option('--baseline <report.json>', 'report only findings not in this earlier JSON report (matched by fingerprint)')
    .option('--config <file>', 'config file (default: knebel.config.json or .knebelrc.json here or in a parent folder)')
    .option('--no-config', 'ignore config files')
    .option('--include <glob>', 'files to pick up in folders (repeatable; default: *.pdf *.docx *.txt *.md *.html)', collect)
    .option('--exclude <glob>', 'files or folders to skip (repeatable)', collect)
    .option('--files-from <file>', 'read the paths to analyse from FILE, one per line ("-": standard input)')
    .option('--jobs <n>', 'documents analysed in parallel (worker processes; default and most: number of cores, fewer when free memory is short)', positiveInt)
    .option('--shard <k/n>', 'analyse only the k-th of n deterministic slices of the inputs (by path hash), e.g. 2/4', shardSpec)
    .addOption(new Option('--ocr <mode>', 'read scans and photos by OCR: auto (pages without a text layer), always (every page), never').choices(OCR_MODES).default('auto'))
    .option('--ocr-lang <langs>', 'OCR languages joined by "+" (installed: deu, eng)', DEFAULT_OCR_LANG)
    .addOption(new Option('--ocr-engine <engine>', 'OCR engine: wasm (built in), system (an installed tesseract program)').choices(OCR_ENGINES).default('wasm'))
    .option('--max-pixels <n>', 'largest image accepted for OCR, in pixels as declared in its header', positiveInt, DEFAULT_MAX_PIXELS)
    .option('--join', 'treat the files (or a folder\'s images, by name) as the pages of one document, in the order given')
    .option('--color', 'force coloured output')
    .option('--no-color', 'disable coloured output')
    .option('--debug', 'print stack traces of unexpected errors');
  addLimitOptions(addAnswerOptions(command)).action(async (files: string[], options) => {
    // the first analysis process starts loading now, while the CLI loads and reads its settings
    const { prestartWorker } = await import('../../runner/pool.js');
    const prestarted = [prestartWorker(options.maxMemory)];
    const { runCheck } = await import('../check.js');
    setExit(await runCheck(files, options, io, prestarted));
  });
}
