import type { ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { Chalk } from 'chalk';
import type { AnalyzeInput } from '../analyze.js';
import { check } from '../check.js';
import { ExitCode, RulePackError, UsageError, formatRuleProblem } from '../errors.js';
import { FORMATS, type FormatName } from '../format/index.js';
import { capJobs } from '../runner/jobs.js';
import { STOP_SIGNALS, watchStopSignals } from '../runner/signals.js';
import { shownName } from '../sanitize.js';
import { resolveSettings, type Settings, type SettingsFlags } from '../settings/resolve.js';
import { colorLevel } from './color.js';
import type { CliIO } from './context.js';
import { expandInputs, parseFileList, readBatchInputs, type GlobSet } from './inputs.js';
import { checkOutputs, ClosedOutput, OutputError, outputPaths, planOutput } from './output.js';
import { createProgress, type ProgressStream } from './progress.js';
import { ReportWriter, type ReportOutput } from './report-writer.js';
import { readStdin } from './stdin.js';

/** The options of `knebel check`: the settings flags, plus what only the command line decides (inputs, outputs). */
export interface CheckOptions extends SettingsFlags {
  format: FormatName;
  output?: string;
  /** Extra outputs, "FORMAT:FILE" each. */
  write?: string[];
  color?: boolean;
  debug?: boolean;
  filesFrom?: string;
  shard?: Shard;
  /** Name of the contract read from standard input ("-") in the report. */
  stdinFilename?: string;
  /** The files are the pages of one document. */
  join?: boolean;
  brief?: boolean;
  verbose?: boolean;
}

/** With --join, a folder contributes its images (and PDFs), ordered by name. */
const IMAGE_GLOBS: GlobSet = { base: '/', patterns: ['**/*.{jpg,jpeg,png,tif,tiff,webp,pdf,JPG,JPEG,PNG,TIF,TIFF,WEBP,PDF}'] };

interface Shard {
  index: number;
  count: number;
}

/** Deterministic slice membership by a hash of the path as given, so CI matrix jobs split a batch without coordination. */
export function inShard(path: string, shard: Shard): boolean {
  const hash = createHash('sha1').update(path).digest().readUInt32BE(0);
  return hash % shard.count === shard.index - 1;
}

/** "sarif:out/knebel.sarif" → ["sarif", "out/knebel.sarif"]. */
export function parseWriteSpec(spec: string): { format: FormatName; path: string } {
  const colon = spec.indexOf(':');
  const format = spec.slice(0, colon) as FormatName;
  const path = spec.slice(colon + 1);
  if (colon <= 0 || !path || !FORMATS.includes(format)) {
    throw new UsageError(`--write expects FORMAT:FILE with FORMAT one of ${FORMATS.join(', ')}, e.g. --write sarif:knebel.sarif (got "${spec}")`);
  }
  return { format, path };
}

/** Print a usage/config/rule-pack problem and return its exit code; rethrow anything else. */
export function reportSetupError(error: unknown, io: CliIO): number {
  if (error instanceof RulePackError) {
    for (const problem of error.problems) io.stderr.write(`knebel: invalid rule: ${formatRuleProblem(problem)}\n`);
    return ExitCode.rulePackInvalid;
  }
  if (error instanceof UsageError) {
    io.stderr.write(`knebel: error: ${error.message}\n`);
    return ExitCode.usage;
  }
  throw error;
}

/** The outputs of a run, checked before any analysis: -o (or standard output), then each --write. */
function planReportOutputs(options: CheckOptions): ReportOutput[] {
  const main = { format: options.format, target: options.output !== undefined ? planOutput(options.output, '-o') : planOutput('-', 'standard output') };
  const extra = (options.write ?? []).map(parseWriteSpec).map(({ format, path }) => ({ format, target: planOutput(path, `--write ${format}:`) }));
  return [main, ...extra];
}

/** Between the files of a --join in its source name. */
const JOINED = ' + ';

/** The batch's inputs; with --join, one document of all the files. */
const readInputs = async (paths: string[], options: CheckOptions, settings: Settings, io: CliIO, rawPaths: Map<string, Buffer>): Promise<AnalyzeInput[]> =>
  options.join
    ? [{ join: paths[0].split(JOINED), source: paths[0] }]
    : readBatchInputs(paths, { maxBytes: settings.analysis.maxBytes, stdinFilename: options.stdinFilename }, io.stdin, rawPaths);

/** `prestarted`: analysis processes started early (runner/pool prestartWorker); unused ones are stopped. */
export async function runCheck(files: string[], options: CheckOptions, io: CliIO, prestarted: ChildProcess[] = []): Promise<number> {
  const stopSpares = () => {
    for (const worker of prestarted) worker.kill();
  };
  let settings: Settings;
  let outputs: ReportOutput[];
  let paths: string[];
  let rawPaths = new Map<string, Buffer>();
  try {
    outputs = planReportOutputs(options);
    settings = resolveSettings({ ...options, includeClauses: outputs.some((o) => o.format === 'html') });
    let listed: string[] = [];
    if (options.filesFrom !== undefined) {
      if (options.filesFrom === '-' && files.includes('-')) throw new UsageError('standard input cannot be both a contract ("-") and the file list (--files-from -)');
      const text =
        options.filesFrom === '-'
          ? Buffer.from(await readStdin(io.stdin, 64 * 1024 * 1024)).toString('utf8')
          : await readFile(options.filesFrom, 'utf8').catch((error: NodeJS.ErrnoException) => {
              throw new UsageError(`cannot read --files-from ${options.filesFrom}: ${error.code ?? error.message}`);
            });
      listed = parseFileList(text);
    }
    const all = [...files, ...listed];
    if (all.length === 0) throw new UsageError(options.filesFrom !== undefined ? `--files-from ${options.filesFrom} lists no files` : "missing required argument 'files'");
    if (options.stdinFilename !== undefined && !all.includes('-')) throw new UsageError('--stdin-filename names a contract read from standard input: pass "-" as a file');
    // a report written into an analysed folder is never analysed itself
    const expanded = expandInputs(all, { include: settings.include ?? (options.join ? IMAGE_GLOBS : undefined), exclude: settings.exclude, skip: outputPaths(outputs.map((o) => o.target)) });
    for (const dir of expanded.emptyDirs) io.stderr.write(`knebel: ${shownName(dir)}: no contract files in this folder (looked for ${settings.include ? settings.include.patterns.join(', ') : '*.pdf, *.docx, *.txt, *.md, *.html'})\n`);
    if (expanded.files.length === 0) throw new UsageError('no files to analyse');
    paths = expanded.files;
    rawPaths = expanded.raw;
    checkOutputs(outputs.map((o) => o.target), paths);
    if (options.join && paths.includes('-')) throw new UsageError('--join reads files, not standard input ("-")');
    if (options.join) paths = [paths.join(JOINED)];
  } catch (error) {
    stopSpares();
    return reportSetupError(error, io);
  }

  if (options.shard) paths = paths.filter((path) => inShard(path, options.shard as Shard));

  const progress = createProgress(io.stderr as ProgressStream, paths.length, io.env);
  const writer = new ReportWriter(outputs, io, (output) => {
    const toTerminal = output === outputs[0] && output.target.kind === 'stdout';
    return {
      chalk: new Chalk({ level: toTerminal ? colorLevel(options.color, io.env, Boolean(io.stdout.isTTY)) : 0 }),
      width: toTerminal ? (io.stdout.columns ?? 100) : 100,
      locale: settings.analysis.locale,
      cwd: process.cwd(),
      brief: options.brief,
      verbose: options.verbose,
    };
  });

  // SIGINT, SIGTERM, SIGHUP: stop, mark the running documents INTERRUPTED, report; a second signal quits at once
  const interruption = watchStopSignals((name) => progress.log(`knebel: ${name}: stopping; the documents finished so far are reported (again to quit now)`));
  const stopOnWriteFailure = new AbortController();
  let writeFailure: unknown;
  const finishRun = (code: number) => {
    interruption.dispose();
    return code;
  };
  let inputs: AnalyzeInput[];
  try {
    inputs = await readInputs(paths, options, settings, io, rawPaths);
  } catch (error) {
    stopSpares();
    return finishRun(reportSetupError(error, io));
  }
  progress.update(0, paths[0]);
  const jobs = capJobs(settings.run.jobs);
  if (jobs.note) progress.log(`knebel: ${jobs.note}`);
  const outcome = await check(inputs, { ...settings, run: { ...settings.run, jobs: jobs.jobs } }, {
    prestarted,
    keepDocuments: writer.keepsDocuments,
    signal: AbortSignal.any([interruption.signal, stopOnWriteFailure.signal]),
    onOcrPage: (index, page, pages) => progress.ocrPage(paths[index], page, pages),
    onDocument: (doc, index) => {
      progress.update(index + 1, paths[index + 1] ?? paths[index]);
      if (!doc.ok) {
        progress.log(`knebel: ${shownName(doc.source)}: ${doc.error.message} [${doc.error.code}]`);
        if (options.debug && doc.error.code === 'INTERNAL_ERROR') progress.log(doc.error.message);
      }
      if (writeFailure) return;
      try {
        writer.document(doc);
      } catch (error) {
        writeFailure = error;
        stopOnWriteFailure.abort();
      }
    },
  }).then((report) => ({ report }), (error: unknown) => ({ error }));
  // a rule pack the workers cannot load fails the run (exit 4), not each document
  if ('error' in outcome) {
    progress.done();
    writer.abort();
    return finishRun(reportSetupError(outcome.error, io));
  }
  progress.done();

  const stoppedBy = interruption.received();
  const { report } = outcome;
  try {
    if (writeFailure) throw writeFailure;
    writer.finish(report);
  } catch (error) {
    writer.abort();
    if (error instanceof ClosedOutput) return finishRun(ExitCode.ok);
    if (!(error instanceof OutputError)) throw error;
    io.stderr.write(`knebel: error: ${error.message}\n`);
    return finishRun(ExitCode.outputFailed);
  }
  if (stoppedBy) {
    io.stderr.write(`knebel: interrupted (${stoppedBy}): ${report.summary.documents} of ${paths.length} documents reported, the running ones as INTERRUPTED\n`);
    return finishRun(STOP_SIGNALS[stoppedBy]);
  }
  if (report.summary.failed > 0) return finishRun(ExitCode.inputFailed);
  return finishRun(report.policy && !report.policy.passed ? ExitCode.policyFailed : ExitCode.ok);
}
