import type { AnalyzeOptions } from '../analyze.js';
import type { Locale } from '../i18n/messages.js';
import {
  DEFAULT_MAX_BYTES,
  DEFAULT_MAX_CHARS,
  DEFAULT_MAX_MEMORY_MB,
  DEFAULT_MAX_PAGES,
  DEFAULT_MAX_PIXELS,
  DEFAULT_MAX_UNZIPPED_BYTES,
  DEFAULT_TIME_BUDGET_SECONDS,
} from '../model/limits.js';
import type { OcrEngineChoice, OcrMode } from '../ocr/limits.js';
import type { KnebelConfig } from '../policy/config.js';
import type { ContractType, Severity } from '../model/vocabulary.js';

/*
 * The flags the commands share, and how the analysis of one document is set from them: the
 * command line wins over the config, the config over the defaults of src/model/limits.ts. Kept
 * apart from resolve.ts so that commands without a config (deadline, letter, text) load no
 * validation library.
 */

/** Values as the command line gives them (commander's names); every one optional for library callers. */
export interface SettingsFlags {
  locale?: Locale;
  jurisdiction?: string;
  contractDate?: string;
  contractType?: ContractType;
  password?: string;
  /** Analyse a text even when it does not read like a contract (--force-contract). */
  forceContract?: boolean;
  /** false with --no-model: rules only. */
  model?: boolean;
  ocr?: OcrMode;
  ocrLang?: string;
  ocrEngine?: OcrEngineChoice;
  maxPixels?: number;
  maxBytes?: number;
  maxPages?: number;
  maxChars?: number;
  maxUnzippedBytes?: number;
  /** Seconds per document. */
  timeBudget?: number;
  /** MB per analysis process. */
  maxMemory?: number;
  jobs?: number;
  /** Extra rule pack folders (--rules). */
  rules?: string[];
  disableRule?: string[];
  /** Path of the config file, or false for --no-config (default: looked for). */
  config?: string | false;
  failUnder?: number;
  failOn?: Severity | 'none';
  /** Hide findings below this severity from the outputs (the score and the policy still count them). */
  minSeverity?: Severity;
  /** Path of an earlier JSON report (--baseline). */
  baseline?: string;
  include?: string[];
  exclude?: string[];
  /** The consumer's answer: --start, --today, --no-cancel-button (cancelButton false). */
  start?: string;
  today?: string;
  cancelButton?: boolean;
  /** Put each document's clauses into its report (the HTML report, `knebel diff`). */
  includeClauses?: boolean;
}

/** How each document is read and analysed: everything an analysis process needs except its rules. */
export type AnalysisSettings = Omit<AnalyzeOptions, 'rules' | 'ruleDirs' | 'onOcrPage'> &
  Required<Pick<AnalyzeOptions, 'maxBytes' | 'maxPages' | 'maxChars' | 'maxUnzippedBytes' | 'maxPixels'>>;

/** How the analysis processes run: the time budget and memory cap of each, and how many run at once. */
export interface RunSettings {
  timeBudgetMs: number;
  workerMemoryMb: number;
  /** Worker processes; default: the number of cores (fewer when memory is short). */
  jobs?: number;
}

/** The analysis part alone: no config, no rules (deadline, letter, text; resolveSettings for the rest). */
export function analysisSettings(flags: SettingsFlags, config: KnebelConfig = {}): AnalysisSettings {
  return {
    locale: flags.locale ?? config.locale,
    jurisdiction: flags.jurisdiction ?? config.jurisdiction,
    contractDate: flags.contractDate,
    contractType: flags.contractType ?? config.contractType,
    password: flags.password,
    ...(flags.forceContract ? { forceContract: true } : {}),
    // --no-model or "model": false in the config: rules only
    ...(flags.model === false || config.model === false ? { model: false } : {}),
    ...(flags.ocr ? { ocr: flags.ocr } : {}),
    ...(flags.ocrLang ? { ocrLang: flags.ocrLang } : {}),
    ...(flags.ocrEngine ? { ocrEngine: flags.ocrEngine } : {}),
    maxPixels: flags.maxPixels ?? DEFAULT_MAX_PIXELS,
    maxBytes: flags.maxBytes ?? DEFAULT_MAX_BYTES,
    maxPages: flags.maxPages ?? DEFAULT_MAX_PAGES,
    maxChars: flags.maxChars ?? DEFAULT_MAX_CHARS,
    maxUnzippedBytes: flags.maxUnzippedBytes ?? DEFAULT_MAX_UNZIPPED_BYTES,
    ...(flags.includeClauses ? { includeClauses: true } : {}),
  };
}

/** The run part: time budget, memory cap, jobs. */
export function runSettings(flags: SettingsFlags): RunSettings {
  return {
    timeBudgetMs: (flags.timeBudget ?? DEFAULT_TIME_BUDGET_SECONDS) * 1000,
    workerMemoryMb: flags.maxMemory ?? DEFAULT_MAX_MEMORY_MB,
    ...(flags.jobs ? { jobs: flags.jobs } : {}),
  };
}
