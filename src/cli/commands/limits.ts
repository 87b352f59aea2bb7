import type { ChildProcess } from 'node:child_process';
import type { Command } from 'commander';
import { DEFAULT_MAX_MEMORY_MB } from '../../runner/memory.js';
import { DEFAULT_MAX_BYTES, positiveInt, timeBudget } from '../options.js';

// The defaults of README "Limits", repeated here (the same values as analyze.ts and ingest/index.ts)
// because option definitions must not load the pipeline: --help loads no parser.
export const DEFAULT_TIME_BUDGET_S = 60;
const DEFAULT_MAX_PAGES = 1000;
const DEFAULT_MAX_CHARS = 5_000_000;
const DEFAULT_MAX_UNZIPPED_BYTES = 200 * 1024 * 1024;

/** The parsed limit options every analysing command has (check, diff, text, deadline, letter). */
export interface LimitOptions {
  /** An analysis process started early (`prestart`). */
  prestarted?: ChildProcess[];
  timeBudget: number;
  maxBytes: number;
  maxPages: number;
  maxChars: number;
  maxUnzippedBytes: number;
  maxMemory: number;
}

/**
 * One group of options for the time budget and the size limits, so every command that analyses a
 * contract has the same ones, and no error message advises an option a command lacks.
 */
export function addLimitOptions(command: Command): Command {
  return command
    .option('--time-budget <seconds>', 'stop analysing a document after this many seconds (reported as TIME_LIMIT; at most 2147483)', timeBudget, DEFAULT_TIME_BUDGET_S)
    .option('--max-bytes <n>', 'largest input file accepted, in bytes', positiveInt, DEFAULT_MAX_BYTES)
    .option('--max-pages <n>', 'most PDF or TIFF pages read', positiveInt, DEFAULT_MAX_PAGES)
    .option('--max-chars <n>', 'most characters of text analysed per document', positiveInt, DEFAULT_MAX_CHARS)
    .option('--max-unzipped-bytes <n>', 'largest size a DOCX may decompress to, in bytes', positiveInt, DEFAULT_MAX_UNZIPPED_BYTES)
    .option('--max-memory <MB>', 'memory one analysis process may use, in MB (stopped above it and reported as TOO_LARGE)', positiveInt, DEFAULT_MAX_MEMORY_MB);
}

/** The limits as the worker pool takes them. */
export function runLimits(options: LimitOptions) {
  return {
    prestarted: options.prestarted,
    timeBudgetMs: options.timeBudget * 1000,
    workerMemoryMb: options.maxMemory,
    maxBytes: options.maxBytes,
    maxPages: options.maxPages,
    maxChars: options.maxChars,
    maxUnzippedBytes: options.maxUnzippedBytes,
  };
}

/** Start the analysis process now, while the command loads and reads its file (as `check` does). */
export async function prestart(maxMemory: number): Promise<ChildProcess[]> {
  const { prestartWorker } = await import('../../runner/pool.js');
  return [prestartWorker(maxMemory)];
}
