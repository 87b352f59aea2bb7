import type { ChalkInstance } from 'chalk';
import type { Locale } from '../i18n/messages.js';
import type { Report } from '../report/schema.js';
import { formatGithub } from './github.js';
import { formatHtml } from './html.js';
import { formatJson } from './json.js';
import { formatMarkdown } from './markdown.js';
import { formatSarif } from './sarif.js';
import { formatText } from './text.js';

/** Every output format of `knebel check`: each a pure function of the report model. */
export const FORMATS = ['text', 'json', 'sarif', 'markdown', 'github', 'html'] as const;
export type FormatName = (typeof FORMATS)[number];

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

export function render(format: FormatName, report: Report, options: RenderOptions = {}): string {
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
    default:
      return formatText(report, { chalk: options.chalk, width: options.width, locale: options.locale, brief: options.brief, verbose: options.verbose });
  }
}
