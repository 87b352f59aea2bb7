import type { ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Chalk } from 'chalk';
import type { AnalyzeInput, AnalyzeOptions } from '../analyze.js';
import { capJobs } from '../runner/jobs.js';
import { analyzeAll } from '../runner/pool.js';
import { STOP_SIGNALS, watchStopSignals } from '../runner/signals.js';
import { ExitCode, RulePackError, UsageError, formatRuleProblem } from '../errors.js';
import { FORMATS, type FormatName } from '../format/index.js';
import type { Locale } from '../i18n/messages.js';
import { applyBaseline, baselineInfo, loadBaseline, type Baseline } from '../policy/baseline.js';
import { loadConfig, type LoadedConfig } from '../policy/config.js';
import { applySuppressions, suppressionRules, type SuppressionRule } from '../policy/suppress.js';
import { withConsumerAnswer } from '../report/deadline.js';
import type { DocumentReport } from '../report/schema.js';
import { loadRules, type Rule } from '../rules/load.js';
import type { ContractType, Severity } from '../rules/schema.js';
import type { OcrEngineChoice, OcrMode } from '../ocr/limits.js';
import type { CliIO } from './context.js';
import { BatchTally } from './batch.js';
import { colorLevel } from './color.js';
import { expandInputs, parseFileList, readBatchInputs, type GlobSet } from './inputs.js';
import { checkOutputs, ClosedOutput, OutputError, outputPaths, planOutput } from './output.js';
import { createProgress, type ProgressStream } from './progress.js';
import { ReportWriter, type ReportOutput } from './report-writer.js';
import { readStdin } from './stdin.js';
import { shownName } from '../sanitize.js';

export interface CheckOptions {
  format: FormatName;
  output?: string;
  /** Extra outputs, "FORMAT:FILE" each. */
  write?: string[];
  locale?: Locale;
  jurisdiction?: string;
  contractDate?: string;
  contractType?: ContractType;
  /** Analyse texts that do not read like a contract. */
  forceContract?: boolean;
  password?: string;
  rules?: string[];
  maxBytes: number;
  color?: boolean;
  debug?: boolean;
  /** false with --no-model. */
  model?: boolean;
  /** Path of the config file, or false for --no-config. */
  config?: string | false;
  failUnder?: number;
  failOn?: Severity | 'none';
  baseline?: string;
  include?: string[];
  exclude?: string[];
  filesFrom?: string;
  disableRule?: string[];
  jobs?: number;
  shard?: Shard;
  /** Hide findings below this severity from the outputs (the score and the policy still count them). */
  minSeverity?: Severity;
  /** Name of the contract read from standard input ("-") in the report. */
  stdinFilename?: string;
  /** Seconds per document. */
  timeBudget: number;
  maxPages: number;
  maxChars: number;
  maxUnzippedBytes: number;
  /** MB per analysis process. */
  maxMemory?: number;
  ocr?: OcrMode;
  ocrLang?: string;
  ocrEngine?: OcrEngineChoice;
  maxPixels?: number;
  /** The files are the pages of one document. */
  join?: boolean;
  /** The consumer's answer: --start, --today, --no-cancel-button (cancelButton false), --brief, --verbose. */
  start?: string;
  today?: string;
  cancelButton?: boolean;
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

/** Everything the command line and the config file decide, merged (the command line wins). */
export interface Settings {
  config?: LoadedConfig;
  /** Rule pack folders (config + --rules), for the workers to load. */
  ruleDirs: string[];
  disabledRules: string[];
  /** Analysis options from flags and config; the rules are `rules`. */
  analyze: Omit<AnalyzeOptions, 'rules'>;
  rules: Rule[];
  suppressions: SuppressionRule[];
  failUnder?: number;
  failOn?: Severity;
  include?: GlobSet;
  exclude: GlobSet[];
}

function checkRuleIds(ids: readonly { id: string; where: string }[], rules: readonly Rule[]): void {
  const known = new Set(rules.map((r) => r.id));
  const unknown = ids.filter(({ id }) => !known.has(id));
  if (unknown.length) {
    throw new UsageError(
      `${unknown.map(({ id, where }) => `${where}: unknown rule id "${id}"`).join('\n  ')}\n  known rule ids: ${[...known].sort().join(', ')}`,
    );
  }
}

/**
 * Load the config, the rule packs and the policy settings. Throws UsageError (exit 2) for a bad
 * config or unknown rule ids and RulePackError (exit 4) for a broken rule pack.
 */
export function resolveSettings(
  options: Omit<CheckOptions, 'format' | 'maxBytes' | 'maxPages' | 'maxChars' | 'maxUnzippedBytes' | 'timeBudget' | 'maxMemory'> & { maxBytes?: number },
  cwd = process.cwd(),
): Settings {
  const config = loadConfig(options.config);
  const c = config?.config ?? {};
  const packDirs = [...(c.rules ?? []).map((dir) => resolve(config?.dir ?? cwd, dir)), ...(options.rules ?? [])];
  const disabled = [
    ...(c.disabledRules ?? []).map((id, i) => ({ id, where: `${config?.path} disabledRules[${i}]` })),
    ...(options.disableRule ?? []).map((id) => ({ id, where: '--disable-rule' })),
  ];
  const all = loadRules(packDirs);
  checkRuleIds(disabled, all);
  checkRuleIds((c.suppressions ?? []).map((s, i) => ({ id: s.rule, where: `${config?.path} suppressions[${i}].rule` })), all);
  const off = new Set(disabled.map((d) => d.id));
  const rules = all.filter((r) => !off.has(r.id));
  const failOn = options.failOn ?? c.failOn;
  return {
    config,
    ruleDirs: packDirs,
    disabledRules: [...off],
    rules,
    analyze: {
      locale: options.locale ?? c.locale,
      jurisdiction: options.jurisdiction ?? c.jurisdiction,
      contractDate: options.contractDate,
      contractType: options.contractType ?? c.contractType,
      password: options.password,
      maxBytes: options.maxBytes,
      forceContract: options.forceContract,
      // --no-model or "model": false in the config: rules only
      ...(options.model === false || c.model === false ? { model: false } : {}),
    },
    suppressions: suppressionRules(config),
    failUnder: options.failUnder ?? c.failUnder,
    failOn: failOn === 'none' ? undefined : failOn,
    include: options.include?.length ? { base: cwd, patterns: options.include } : c.include?.length && config ? { base: config.dir, patterns: c.include } : undefined,
    exclude: [
      ...(options.exclude?.length ? [{ base: cwd, patterns: options.exclude }] : []),
      ...(c.exclude?.length && config ? [{ base: config.dir, patterns: c.exclude }] : []),
    ],
  };
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

/** The policy stage: suppressions, then the baseline, on each analysed document. */
export function applyPolicyStage(doc: DocumentReport, settings: Settings, baseline?: Baseline): DocumentReport {
  if (!doc.ok) return doc;
  const suppressed = applySuppressions(doc, settings.suppressions);
  return baseline ? applyBaseline(suppressed, baseline) : suppressed;
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
const readInputs = async (paths: string[], options: CheckOptions, io: CliIO, rawPaths: Map<string, Buffer>): Promise<AnalyzeInput[]> =>
  options.join ? [{ join: paths[0].split(JOINED), source: paths[0] }] : readBatchInputs(paths, options, io.stdin, rawPaths);

/** `prestarted`: analysis processes started early (runner/pool prestartWorker); unused ones are stopped. */
export async function runCheck(files: string[], options: CheckOptions, io: CliIO, prestarted: ChildProcess[] = []): Promise<number> {
  const stopSpares = () => {
    for (const worker of prestarted) worker.kill();
  };
  let settings: Settings;
  let baseline: Baseline | undefined;
  let outputs: ReportOutput[];
  let paths: string[];
  let rawPaths = new Map<string, Buffer>();
  try {
    outputs = planReportOutputs(options);
    settings = resolveSettings(options);
    if (options.baseline) baseline = loadBaseline(options.baseline);
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

  // no rules here: each worker loads its own copy (compiled patterns do not cross processes)
  const analyzeOptions = {
    ...settings.analyze,
    maxBytes: options.maxBytes,
    maxPages: options.maxPages,
    maxChars: options.maxChars,
    maxUnzippedBytes: options.maxUnzippedBytes,
    ocr: options.ocr,
    ocrLang: options.ocrLang,
    ocrEngine: options.ocrEngine,
    maxPixels: options.maxPixels,
    includeClauses: outputs.some((o) => o.format === 'html'),
  };
  const progress = createProgress(io.stderr as ProgressStream, paths.length, io.env);
  const writer = new ReportWriter(outputs, io, (output) => {
    const toTerminal = output === outputs[0] && output.target.kind === 'stdout';
    return {
      chalk: new Chalk({ level: toTerminal ? colorLevel(options.color, io.env, Boolean(io.stdout.isTTY)) : 0 }),
      width: toTerminal ? (io.stdout.columns ?? 100) : 100,
      locale: settings.analyze.locale,
      cwd: process.cwd(),
      brief: options.brief,
      verbose: options.verbose,
    };
  });
  const tally = new BatchTally(writer.keepsDocuments, { failUnder: settings.failUnder, failOn: settings.failOn }, options.minSeverity);

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
    inputs = await readInputs(paths, options, io, rawPaths);
  } catch (error) {
    stopSpares();
    return finishRun(reportSetupError(error, io));
  }
  progress.update(0, paths[0]);
  const jobs = capJobs(options.jobs);
  if (jobs.note) progress.log(`knebel: ${jobs.note}`);
  const setupFailure = await analyzeAll(inputs, {
    ...analyzeOptions,
    ruleDirs: settings.ruleDirs,
    disabledRules: settings.disabledRules,
    jobs: jobs.jobs,
    prestarted,
    timeBudgetMs: options.timeBudget * 1000,
    workerMemoryMb: options.maxMemory,
    keepResults: false, // the tally keeps what the outputs need
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
        const checked = applyPolicyStage(doc, settings, baseline);
        const consumer = { start: options.start, today: options.today, noCancelButton: options.cancelButton === false, files: analyzeOptions.includeClauses };
        writer.document(tally.add(checked.ok ? withConsumerAnswer(checked, consumer) : checked));
      } catch (error) {
        writeFailure = error;
        stopOnWriteFailure.abort();
      }
    },
  }).then(() => undefined, (error: unknown) => error);
  // a rule pack the workers cannot load fails the run (exit 4), not each document
  if (setupFailure !== undefined) {
    progress.done();
    writer.abort();
    return finishRun(reportSetupError(setupFailure, io));
  }
  progress.done();

  const stoppedBy = interruption.received();
  const report = tally.report(settings.rules, stoppedBy !== undefined, settings.analyze.locale);
  if (baseline) report.baseline = baselineInfo(baseline);
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
