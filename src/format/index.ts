import type { ChalkInstance } from 'chalk';
import type { Locale } from '../i18n/messages.js';
import type { DocumentReport, Report } from '../report/schema.js';
import { shownName } from '../sanitize.js';
import { compactDocument, formatCompact } from './compact.js';
import { formatGithub } from './github.js';
import { formatHtml, formatHtmlPieces } from './html.js';
import { formatJson, formatJsonPieces } from './json.js';
import { formatJsonl, jsonlDocument, jsonlEnd } from './jsonl.js';
import { formatMarkdown } from './markdown.js';
import { formatSarif } from './sarif.js';
import { formatText } from './text.js';

/** Every output format of `knebel check`: each a pure function of the report model. */
export const FORMATS = ['text', 'json', 'sarif', 'markdown', 'github', 'html', 'jsonl', 'compact'] as const;
export type FormatName = (typeof FORMATS)[number];

/** Formats written document by document as the batch runs: the CLI keeps no document for them (flat memory). */
export const STREAMING: Partial<Record<FormatName, { document(doc: DocumentReport): string; end(report: Report): string }>> = {
  jsonl: { document: jsonlDocument, end: jsonlEnd },
  compact: { document: (doc) => compactDocument({ ...doc, source: shownName(doc.source) }), end: () => '' },
};

/** Formats that can be written piece by piece (per document) at the end, never as one string. */
export const PIECES: Partial<Record<FormatName, (report: Report, options: RenderOptions) => Iterable<string>>> = {
  json: (report) => formatJsonPieces(report),
  html: (report, options) => formatHtmlPieces(report, { locale: options.locale }),
};

export interface RenderOptions {
  /** Colours of the text format (default: none). */
  chalk?: ChalkInstance;
  /** Text: only the answer of each contract. */
  brief?: boolean;
  /** Text: rule ids beside the titles. */
  verbose?: boolean;
  width?: number;
  locale?: Locale;
  /** SARIF artifact URIs are relative to this folder. */
  cwd?: string;
}

/** File names as people read them: control characters (a newline too) escaped, so no name can forge a line. */
function withShownNames(report: Report): Report {
  return {
    ...report,
    documents: report.documents.map((doc) => ({ ...doc, source: shownName(doc.source) })),
    ...(report.baseline ? { baseline: { ...report.baseline, source: shownName(report.baseline.source) } } : {}),
  };
}

export function render(format: FormatName, raw: Report, options: RenderOptions = {}): string {
  // JSON, JSON Lines and SARIF keep the names exact (JSON escapes them); the formats people read get them escaped
  const report = format === 'json' || format === 'jsonl' || format === 'sarif' ? raw : withShownNames(raw);
  switch (format) {
    case 'json':
      return formatJson(report);
    case 'sarif':
      return formatSarif(report, { cwd: options.cwd, locale: options.locale });
    case 'markdown':
      return formatMarkdown(report, { locale: options.locale });
    case 'github':
      return formatGithub(report, { locale: options.locale });
    case 'html':
      return formatHtml(report, { locale: options.locale });
    case 'jsonl':
      return formatJsonl(report);
    case 'compact':
      return formatCompact(report);
    default:
      return formatText(report, { chalk: options.chalk, width: options.width, locale: options.locale, brief: options.brief, verbose: options.verbose });
  }
}
