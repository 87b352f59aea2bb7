import { Chalk, type ChalkInstance } from 'chalk';
import { formatCivil, t, type Locale } from '../i18n/messages.js';
import type { ConsumerAnswer } from '../report/answer.js';
import type { OkDocument, Report } from '../report/schema.js';
import type { Severity } from '../model/vocabulary.js';
import { policyFailureText } from './labels.js';
import { documentCount, documentView, summaryLocale, worstInWords, type ClauseView, type DocumentView } from './view.js';
import { wrap } from './wrap.js';

export interface TextFormatOptions {
  /** Colours (default: none). */
  chalk?: ChalkInstance;
  /** Terminal width for wrapping. */
  width?: number;
  /** Language of labels when a document has none (failed documents, summary). */
  locale?: Locale;
  /** Only the answer of each contract. */
  brief?: boolean;
  /** Rule ids beside the titles. */
  verbose?: boolean;
}

interface Style {
  chalk: ChalkInstance;
  width: number;
  verbose: boolean;
}

const HIGHLIGHT_START = '\uE000';
const HIGHLIGHT_END = '\uE001';

function severityStyle(chalk: ChalkInstance, severity: Severity): (s: string) => string {
  switch (severity) {
    case 'critical':
      return (s) => chalk.bold.white.bgRed(s);
    case 'high':
      return (s) => chalk.bold.red(s);
    case 'medium':
      return (s) => chalk.bold.yellow(s);
    case 'low':
      return (s) => chalk.cyan(s);
    default:
      return (s) => chalk.gray(s);
  }
}

function gradeStyle(chalk: ChalkInstance, grade: string): (s: string) => string {
  if (grade === 'A' || grade === 'B') return (s) => chalk.bold.green(s);
  if (grade === 'C' || grade === 'D') return (s) => chalk.bold.yellow(s);
  return (s) => chalk.bold.red(s);
}

/** The answer block: verdict, worst traps, dates (emphasised), how to send, next step. */
export function formatAnswerText(answer: ConsumerAnswer, doc: OkDocument, style: Style): string[] {
  const { chalk, width } = style;
  const locale = doc.locale;
  let dates = answer.dates;
  for (const date of [answer.noticeDeadline, answer.earliestEnd]) {
    if (date) dates = dates.replace(formatCivil(date, locale), (d) => chalk.bold.yellow(d));
  }
  const lines = [`  ${chalk.bold(t(locale, 'answer.title'))}`, wrap(answer.verdict.replace(`${doc.score}/100`, (s) => gradeStyle(chalk, doc.grade)(s)), width, '  ')];
  if (answer.traps.length) {
    lines.push(`  ${t(locale, 'answer.traps')}:`);
    for (const trap of answer.traps) {
      const ids = style.verbose ? chalk.dim(` [${trap.ruleIds.join(', ')}]`) : '';
      lines.push(wrap(`${trap.line}${ids}`, width, '      ').replace(/^ {6}/, `    ${severityStyle(chalk, trap.severity)('•')} `));
    }
  }
  lines.push(wrap(dates, width, '  '));
  if (answer.form) lines.push(wrap(answer.form, width, '  '));
  lines.push(chalk.dim(wrap(answer.nextStep, width, '  ')));
  return lines;
}

function clauseText(clause: ClauseView, view: DocumentView, style: Style): string {
  const { chalk, width } = style;
  const locale = view.locale;
  const badgeStyle = clause.suppressed ? (s: string) => chalk.gray(s) : severityStyle(chalk, clause.severity);
  const badge = ` ${(clause.suppressed ? t(locale, 'label.suppressed') : t(locale, `severity.${clause.severity}`)).toUpperCase()} `;
  const quote = clause.quote.map((p) => (p.marked ? `${HIGHLIGHT_START}${p.text}${HIGHLIGHT_END}` : p.text)).join('');
  const lines = [
    `  ${badgeStyle(badge)} ${chalk.dim(clause.where)}`,
    wrap(`${clause.marks[0]}${quote}${clause.marks[1]}`, width, '    ')
      .replaceAll(HIGHLIGHT_START, chalk.level > 0 ? '\u001b[1m\u001b[4m' : '»')
      .replaceAll(HIGHLIGHT_END, chalk.level > 0 ? '\u001b[22m\u001b[24m' : '«'),
  ];
  for (const f of clause.findings) {
    const ids = style.verbose ? `  ${chalk.dim(`[${f.ruleId}]`)}` : '';
    lines.push('', `    ${chalk.bold(f.title)}${ids}`, chalk.dim(wrap(f.pointsReason, width, '    ')), wrap(f.message, width, '    '));
    if (f.suppressedReason !== null) {
      lines.push(wrap(`${t(locale, 'label.suppressed')}, ${t(locale, 'label.reason')}: ${f.suppressedReason}`, width, '    '));
      continue;
    }
    lines.push(wrap(`${t(locale, 'finding.why')}: ${f.explanation}`, width, '    '));
    if (f.legalBasis.length) {
      lines.push(`    ${chalk.bold(t(locale, 'finding.legalBasis'))}:`);
      for (const basis of f.legalBasis) lines.push(wrap(basis, width, '      • ').replace(/\n {6}• /g, '\n        '));
    }
    lines.push(wrap(`${t(locale, 'finding.suggestion')}: ${f.suggestion}`, width, '    '));
  }
  return lines.join('\n');
}

function formatDocument(doc: OkDocument, style: Style, brief: boolean): string {
  const { chalk, width } = style;
  const view = documentView(doc);
  const locale = doc.locale;
  const lines = [`${chalk.bold(doc.source)}  ${chalk.dim(`(${view.meta})`)}`, ''];
  if (doc.answer) lines.push(...formatAnswerText(doc.answer, doc, style));
  else lines.push(`  ${chalk.bold(t(locale, 'score.title'))}: ${gradeStyle(chalk, doc.grade)(`${doc.score}/100`)}  ${t(locale, 'score.grade')} ${gradeStyle(chalk, doc.grade)(doc.grade)}`);
  if (brief) return lines.join('\n');
  lines.push('', `  ${chalk.bold(t(locale, 'facts.title'))}`);
  const labelWidth = Math.max(...view.facts.map(([label]) => label.length));
  for (const [label, value] of view.facts) lines.push(`    ${label.padEnd(labelWidth)}  ${value}`);
  lines.push('', `  ${chalk.bold(t(locale, 'clauses.title', { count: view.clauses.length }))}`);
  if (view.pointsTotal) lines.push(chalk.dim(`    ${view.pointsTotal}`));
  if (view.baseline) lines.push(chalk.dim(`    ${view.baseline}`));
  if (view.clauses.length === 0) lines.push(`    ${t(locale, 'score.none')}`);
  for (const clause of view.clauses) lines.push('', clauseText(clause, view, style));
  for (const [key, clauses] of [['clauses.notes', view.notes], ['clauses.suppressed', view.suppressed]] as const) {
    if (clauses.length === 0) continue;
    lines.push('', `  ${chalk.bold(t(locale, key, { count: clauses.length }))}`);
    for (const clause of clauses) lines.push('', clauseText(clause, view, style));
  }
  if (doc.ocr) lines.push('', chalk.yellow(wrap(t(locale, 'document.ocr'), width, '  ')));
  for (const warning of view.warnings) lines.push('', chalk.yellow(wrap(`${t(locale, 'document.warning')}: ${warning}`, width, '  ')));
  lines.push('', chalk.dim(wrap(t(locale, 'disclaimer'), width, '  ')));
  return lines.join('\n');
}

/**
 * The human report: each contract's answer first (verdict, worst traps, dates, next step), then
 * its facts and every clause with findings: the quote once (matched words highlighted), and per
 * finding the points with the reason for their size, why it binds, legal basis and a fairer
 * wording. Failed documents are not part of it: the CLI prints their one-line errors on stderr.
 */
export function formatText(report: Report, options: TextFormatOptions = {}): string {
  const style: Style = { chalk: options.chalk ?? new Chalk({ level: 0 }), width: Math.min(options.width ?? 100, 120), verbose: options.verbose ?? false };
  const blocks = report.documents.flatMap((doc) => (doc.ok ? [formatDocument(doc, style, options.brief ?? false)] : []));
  const locale = summaryLocale(report, options.locale);
  if (report.documents.length > 1) blocks.push(`${summaryTable(report, locale, style)}\n\n${style.chalk.dim(documentCount(report, locale))}`);
  if (report.policy) {
    const { chalk, width } = style;
    const verdict = report.policy.passed ? chalk.bold.green(t(locale, 'label.policyPassed')) : chalk.bold.red(t(locale, 'label.policyFailed'));
    const failures = report.policy.failures.map((f) => wrap(policyFailureText(locale, f), width, '    ').replace(/^ {4}/, '  • '));
    blocks.push([verdict, ...failures].join('\n'));
  }
  if (report.summary.interrupted) blocks.push(style.chalk.bold.yellow(t(locale, 'label.interrupted')));
  return blocks.length ? `${blocks.join('\n\n')}\n` : '';
}

/** File, score, grade and worst finding of every document, failed ones included, all in one language. */
function summaryTable(report: Report, locale: Locale, style: Style): string {
  const rows = report.documents.map((doc) => {
    if (!doc.ok) return [doc.source, '—', '—', `${t(locale, 'label.failed')}: ${doc.error.code}`];
    const worst = worstInWords(doc, locale);
    const noticeBy = doc.answer?.noticeDeadline ? ` · ${t(locale, 'overview.deadline')} ${formatCivil(doc.answer.noticeDeadline, locale)}` : '';
    return [doc.source, String(doc.score), doc.grade, `${worst ? `${worst.text}${style.verbose ? ` [${worst.ruleId}]` : ''}` : t(locale, 'label.none')}${noticeBy}`];
  });
  const header = [t(locale, 'label.file'), t(locale, 'label.score'), t(locale, 'label.grade'), t(locale, 'label.worst')];
  const widths = [0, 1, 2].map((i) => Math.max(header[i].length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => `  ${r[0].padEnd(widths[0])}  ${r[1].padStart(widths[1])}  ${r[2].padEnd(widths[2])}  ${r[3]}`.trimEnd();
  return [style.chalk.bold(line(header)), ...rows.map(line)].join('\n');
}
