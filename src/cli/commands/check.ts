import { Option, type Command } from 'commander';
import { SEVERITIES } from '../../model/vocabulary.js';
import type { CommandContext } from '../context.js';
import { addAnalysisOptions, addAnswerOptions, addInputOptions, addOutputOptions, addRuleOptions, collect, failOnOption, positiveInt, scoreValue, shardSpec } from '../options.js';

export const FORMAT_CHOICES = ['text', 'json', 'sarif', 'markdown', 'github', 'html', 'jsonl', 'compact'];

export function defineCheck(program: Command, { io, setExit }: CommandContext): void {
  const command = program
    .command('check')
    .description('analyse contract files (PDF, DOCX, HTML, Markdown, text; scans and photos by OCR) and print findings and a freedom score')
    .argument('[files...]', 'contract files or folders (searched recursively); "-" reads a contract from standard input');
  addOutputOptions(command, {
    formats: FORMAT_CHOICES,
    formatHelp: 'output format (jsonl: one line per document as it finishes; compact: file:line: severity rule-id message)',
    output: 'write the report to a file instead of standard output ("-": standard output)',
  })
    .option('--write <format:file>', 'also write the report in another format, e.g. sarif:knebel.sarif (repeatable)', collect)
    .addOption(new Option('--min-severity <severity>', 'show only findings of this severity or worse (the score and --fail-on still count all)').choices(SEVERITIES))
    .option('--stdin-filename <name>', 'name of the contract read from standard input ("-") in reports and suppressions');
  addAnalysisOptions(command).option('--force-contract', 'analyse a text even when it does not read like a contract (otherwise NOT_A_CONTRACT, exit 3)');
  addRuleOptions(command)
    .option('--no-model', 'rules only: no statistical second opinion (findings marked "statistical match")')
    .option('--fail-under <score>', 'exit 1 when a contract scores below SCORE (0-100)', scoreValue)
    .addOption(failOnOption('exit 1 on a finding of this severity or worse ("none": never)'))
    .option('--baseline <report.json>', 'report only findings not in this earlier JSON report (matched by fingerprint)')
    .option('--include <glob>', 'files to pick up in folders (repeatable; default: *.pdf *.docx *.txt *.md *.html)', collect)
    .option('--exclude <glob>', 'files or folders to skip (repeatable)', collect)
    .option('--files-from <file>', 'read the paths to analyse from FILE, one per line ("-": standard input)')
    .option('--jobs <n>', 'documents analysed in parallel (worker processes; default and most: number of cores, fewer when free memory is short)', positiveInt)
    .option('--shard <k/n>', 'analyse only the k-th of n deterministic slices of the inputs (by path hash), e.g. 2/4', shardSpec)
    .option('--join', "treat the files (or a folder's images, by name) as the pages of one document, in the order given")
    .option('--debug', 'print stack traces of unexpected errors');
  addInputOptions(addAnswerOptions(command, { printing: true })).action(async (files: string[], options) => {
    // the first analysis process starts loading now, while the CLI loads and reads its settings
    const { prestartWorker } = await import('../../runner/pool.js');
    const prestarted = [prestartWorker(options.maxMemory)];
    const { runCheck } = await import('../check.js');
    setExit(await runCheck(files, options, io, prestarted));
  });
}
