/**
 * Errors a user can cause (bad input, bad options, bad rule packs). They carry a stable
 * `code` that appears in JSON/SARIF output and never print a stack trace.
 */
export type InputErrorCode =
  | 'NOT_FOUND'
  | 'IS_DIRECTORY'
  | 'READ_ERROR'
  | 'EMPTY_FILE'
  | 'TOO_LARGE'
  | 'ENCRYPTED_PDF'
  | 'WRONG_PASSWORD'
  | 'NO_TEXT_LAYER'
  | 'CORRUPT_PDF'
  | 'CORRUPT_DOCX'
  | 'UNSUPPORTED_FORMAT'
  | 'BINARY_CONTENT'
  | 'NO_TEXT'
  | 'UNSUPPORTED_LANGUAGE'
  | 'GARBLED_TEXT'
  | 'TOO_MANY_PAGES'
  | 'TOO_LONG'
  | 'ZIP_BOMB'
  | 'TIME_LIMIT'
  | 'CORRUPT_IMAGE'
  | 'IMAGE_TOO_LARGE'
  | 'IMAGE_UNREADABLE'
  | 'OCR_UNAVAILABLE'
  /** The run was stopped by a signal (SIGINT, SIGTERM, SIGHUP) while this document was being analysed. */
  | 'INTERRUPTED';

export class InputError extends Error {
  constructor(
    readonly code: InputErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'InputError';
  }
}

export interface RuleProblem {
  file: string;
  line?: number;
  column?: number;
  field?: string;
  reason: string;
}

export class RulePackError extends Error {
  constructor(readonly problems: RuleProblem[]) {
    super(problems.map(formatRuleProblem).join('\n'));
    this.name = 'RulePackError';
  }
}

export function formatRuleProblem(p: RuleProblem): string {
  const where = [p.file, p.line, p.column].filter((x) => x !== undefined).join(':');
  return `${where}${p.field ? ` ${p.field}` : ''}: ${p.reason}`;
}

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Documented process exit codes (README "Exit codes"). */
export const ExitCode = {
  ok: 0,
  policyFailed: 1,
  usage: 2,
  inputFailed: 3,
  rulePackInvalid: 4,
  /** Ctrl-C (SIGINT): the documents finished so far were reported. */
  interrupted: 130,
  /** SIGTERM (a cancelled CI job, `docker stop`, `timeout`): as for SIGINT. */
  terminated: 143,
  /** SIGHUP (the terminal closed): as for SIGINT. */
  hangup: 129,
  internal: 70,
  /** A report could not be written after the analysis (disk full, I/O error); sysexits' EX_IOERR. */
  outputFailed: 74,
} as const;
