import type { ChalkInstance } from 'chalk';
import { formatDuration, t, type Locale, type MessageKey } from '../i18n/messages.js';
import { parseIso } from '../facts/duration.js';
import type { Finding, OkDocument, Report } from '../report/schema.js';
import { label, policyFailureText, severityName, worstFinding } from './labels.js';
import { wrap } from './wrap.js';

export interface TextFormatOptions {
  chalk: ChalkInstance;
  /** Terminal width for wrapping. */
  width?: number;
  /** Language of labels when a document has none (failed documents, summary). */
  locale?: Locale;
}

const HIGHLIGHT_START = '\uE000';
const HIGHLIGHT_END = '\uE001';

function severityStyle(chalk: ChalkInstance, severity: Finding['severity']): (s: string) => string {
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

function factValue(value: string | null, locale: Locale, none: MessageKey = 'facts.notStated'): string {
  if (value === null) return t(locale, none);
  if (value === 'indefinite') return t(locale, 'facts.indefinite');
  return formatDuration(parseIso(value), locale);
}

function quoteWithHighlight(finding: Finding): string {
  const { text, start, match } = finding.evidence;
  const from = match.start - start;
  const to = match.end - start;
  const [open, close] = finding.evidence.text && /[äöüß]/i.test(text) ? ['„', '“'] : ['“', '”'];
  if (from < 0 || to > text.length || from >= to) return `${open}${text}${close}`;
  return `${open}${text.slice(0, from)}${HIGHLIGHT_START}${text.slice(from, to)}${HIGHLIGHT_END}${text.slice(to)}${close}`;
}

function formatFinding(finding: Finding, locale: Locale, chalk: ChalkInstance, width: number): string {
  const style = finding.suppressed ? (s: string) => chalk.gray(s) : severityStyle(chalk, finding.severity);
  const badge = ` ${(finding.suppressed ? `${label(locale, 'suppressed')} (${severityName(locale, finding.severity)})` : t(locale, `severity.${finding.severity}`)).toUpperCase()} `;
  const points = finding.points ? chalk.dim(`  ${t(locale, 'finding.points', { points: finding.points })}`) : '';
  const where = finding.evidence.section
    ? t(locale, 'finding.where', { page: finding.evidence.page, section: finding.evidence.section })
    : t(locale, 'finding.wherePage', { page: finding.evidence.page });
  const lines = [
    `  ${style(badge)} ${chalk.bold(finding.title)}${points}  ${chalk.dim(`[${finding.ruleId}]`)}`,
    chalk.dim(`    ${where}`),
    wrap(quoteWithHighlight(finding), width, '    ')
      .replaceAll(HIGHLIGHT_START, chalk.level > 0 ? '\u001b[1m\u001b[4m' : '»')
      .replaceAll(HIGHLIGHT_END, chalk.level > 0 ? '\u001b[22m\u001b[24m' : '«'),
    wrap(finding.message, width, '    '),
  ];
  if (finding.suppressed) {
    lines.push(wrap(`${label(locale, 'suppressed')}, ${label(locale, 'reason')}: ${finding.suppressed.reason}`, width, '    '));
    return lines.join('\n');
  }
  lines.push(wrap(`${t(locale, 'finding.why')}: ${finding.explanation}`, width, '    '));
  if (finding.legalBasis.length) {
    lines.push(`    ${chalk.bold(t(locale, 'finding.legalBasis'))}:`);
    for (const basis of finding.legalBasis) {
      lines.push(wrap(`${basis.citation} (${basis.jurisdiction.toUpperCase()})${basis.note ? ` – ${basis.note}` : ''}`, width, '      • ').replace(/\n {6}• /g, '\n        '));
    }
  }
  lines.push(wrap(`${t(locale, 'finding.suggestion')}: ${finding.suggestion}`, width, '    '));
  return lines.join('\n');
}

function formatDocument(doc: OkDocument, chalk: ChalkInstance, width: number): string {
  const locale = doc.locale;
  const facts = doc.facts;
  const header = `${chalk.bold(doc.source)}  ${chalk.dim(`(${doc.format}, ${t(locale, 'language.detected')} ${doc.language}, ${doc.pages} ${t(locale, 'pages')}, ${t(locale, 'facts.jurisdiction')} ${doc.jurisdiction.toUpperCase()})`)}`;
  const scoreLine = `  ${chalk.bold(t(locale, 'score.title'))}: ${gradeStyle(chalk, doc.grade)(`${doc.score}/100`)}  ${t(locale, 'score.grade')} ${gradeStyle(chalk, doc.grade)(doc.grade)}`;
  const renewal =
    facts.autoRenewal === null
      ? t(locale, 'facts.notStated')
      : facts.autoRenewal
        ? `${t(locale, 'facts.yes')}${facts.renewalTerm ? ` – ${factValue(facts.renewalTerm, locale)}` : ''}`
        : t(locale, 'facts.no');
  const factRows: [MessageKey, string][] = [
    ['facts.minimumTerm', facts.noMinimumTerm ? t(locale, 'facts.noMinimumTerm') : factValue(facts.minimumTerm, locale)],
    ['facts.autoRenewal', renewal],
    ['facts.noticePeriod', factValue(facts.noticePeriod, locale)],
    ['facts.contractType', t(locale, `contractType.${facts.contractType}`)],
    ['facts.contractDate', facts.contractDate ?? t(locale, 'facts.assumedToday')],
  ];
  const labelWidth = Math.max(...factRows.map(([key]) => t(locale, key).length));
  const lines = [header, '', scoreLine, '', `  ${chalk.bold(t(locale, 'facts.title'))}`];
  for (const [key, value] of factRows) lines.push(`    ${t(locale, key).padEnd(labelWidth)}  ${value}`);
  lines.push('');
  const flagged = doc.findings.filter((f) => f.severity !== 'info' && !f.suppressed);
  const suppressed = doc.findings.filter((f) => f.suppressed).length;
  lines.push(`  ${chalk.bold(t(locale, 'findings.title'))} (${flagged.length}${suppressed ? `, ${label(locale, 'suppressedCount', { count: suppressed })}` : ''})`);
  if (doc.baseline) lines.push(chalk.dim(`    ${label(locale, 'baseline', { matched: doc.baseline.matched, fixed: doc.baseline.fixed })}`));
  if (doc.findings.length === 0) lines.push(`    ${t(locale, 'score.none')}`);
  for (const finding of doc.findings) lines.push('', formatFinding(finding, locale, chalk, width));
  for (const warning of doc.warnings) lines.push('', chalk.yellow(wrap(`${t(locale, 'document.warning')}: ${warning}`, width, '  ')));
  if (doc.ocr) lines.push('', chalk.yellow(wrap(t(locale, 'document.ocr'), width, '  ')));
  lines.push('', chalk.dim(wrap(t(locale, 'disclaimer'), width, '  ')));
  return lines.join('\n');
}

/**
 * The human report: score and grade first, then the facts, then every finding with its quote
 * (matched words highlighted), place, reason, legal basis and a fairer wording. Failed documents
 * are not part of it: the CLI prints their one-line errors on stderr.
 */
export function formatText(report: Report, options: TextFormatOptions): string {
  const width = Math.min(options.width ?? 100, 120);
  const blocks = report.documents.flatMap((doc) => (doc.ok ? [formatDocument(doc, options.chalk, width)] : []));
  const locale = options.locale ?? report.documents.find((d): d is OkDocument => d.ok)?.locale ?? 'en';
  if (report.documents.length > 1) {
    blocks.push(`${summaryTable(report, locale, options.chalk)}\n\n${options.chalk.dim(t(locale, 'summary.documents', { documents: report.summary.documents, failed: report.summary.failed }))}`);
  }
  if (report.policy) {
    const { chalk } = options;
    const verdict = report.policy.passed ? chalk.bold.green(label(locale, 'policyPassed')) : chalk.bold.red(label(locale, 'policyFailed'));
    const failures = report.policy.failures.map((f) => wrap(policyFailureText(locale, f), width, '    ').replace(/^ {4}/, '  • '));
    blocks.push([verdict, ...failures].join('\n'));
  }
  if (report.summary.interrupted) blocks.push(options.chalk.bold.yellow(label(locale, 'interrupted')));
  return blocks.length ? `${blocks.join('\n\n')}\n` : '';
}

/** File, score, grade and worst finding of every document, failed ones included. */
function summaryTable(report: Report, locale: Locale, chalk: ChalkInstance): string {
  const rows = report.documents.map((doc) => {
    if (!doc.ok) return [doc.source, '—', '—', `${label(locale, 'failed')}: ${doc.error.code}`];
    const worst = worstFinding(doc);
    return [doc.source, String(doc.score), doc.grade, worst ? `${severityName(locale, worst.severity)}: ${worst.title} [${worst.ruleId}]` : label(locale, 'none')];
  });
  const header = [label(locale, 'file'), label(locale, 'score'), label(locale, 'grade'), label(locale, 'worst')];
  const widths = [0, 1, 2].map((i) => Math.max(header[i].length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => `  ${r[0].padEnd(widths[0])}  ${r[1].padStart(widths[1])}  ${r[2].padEnd(widths[2])}  ${r[3]}`.trimEnd();
  return [chalk.bold(line(header)), ...rows.map(line)].join('\n');
}
