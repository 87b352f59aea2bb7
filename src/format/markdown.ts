import { t, type Locale } from '../i18n/messages.js';
import { reportLocale } from '../report/catalog.js';
import type { Finding, OkDocument, Report } from '../report/schema.js';
import { policyFailureText } from './labels.js';
import { documentView, worstInWords, type ClauseView } from './view.js';

export interface MarkdownFormatOptions {
  locale?: Locale;
  /** GitHub rejects comments over 65 536 characters: later documents are cut short to stay below. */
  maxLength?: number;
}

/** Hidden marker so a CI job can find and update its earlier PR comment. */
export const COMMENT_MARKER = '<!-- knebel-report -->';

export const SEVERITY_ICON: Record<Finding['severity'], string> = { critical: '🔴', high: '🟠', medium: '🟡', low: '🔵', info: '⚪' };

/** Escape contract text for Markdown: no accidental emphasis, links, HTML, tables or headings. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]<>|~#]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/^(\s*)([-+=]|\d+[.)])(?=\s|$)/gm, (_, space: string, marker: string) => `${space}${marker.replace(/([-+=.)])$/, '\\$1')}`);
}

/** A table cell: escaped, on one line. */
function cell(text: string): string {
  return escapeMarkdown(text).replace(/\r?\n/g, ' ');
}

/** A code span inside a table cell: "|" would end the cell even there. */
const tableCode = (text: string) => code(text).replace(/\|/g, '\\|');

function code(text: string): string {
  const ticks = /`+/.exec(text)?.[0].length ?? 0;
  const fence = '`'.repeat(ticks + 1);
  return `${fence}${ticks ? ' ' : ''}${text}${ticks ? ' ' : ''}${fence}`;
}

/** The clause's quote with the matched words in bold. */
function quote(clause: ClauseView): string {
  const body = clause.quote.map((p) => (p.marked ? `**${escapeMarkdown(p.text)}**` : escapeMarkdown(p.text))).join('');
  return body
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}

function worstCell(doc: OkDocument, locale: Locale): string {
  const worst = worstInWords(doc, locale);
  if (!worst) return t(locale, 'label.none');
  return `${SEVERITY_ICON[worst.severity]} ${cell(worst.text)} (${code(worst.ruleId)})`;
}

/** File, score, grade and worst finding per document; rows beyond `budget` characters are counted, not listed. */
export function summaryTable(report: Report, locale: Locale, budget = Infinity): string {
  const rows = [
    `| ${t(locale, 'label.file')} | ${t(locale, 'label.score')} | ${t(locale, 'label.grade')} | ${t(locale, 'label.worst')} |`,
    '| --- | ---: | :---: | --- |',
  ];
  let length = rows.join('\n').length;
  for (const [i, doc] of report.documents.entries()) {
    const row = doc.ok
      ? `| ${tableCode(doc.source)} | ${doc.score}/100 | **${doc.grade}** | ${worstCell(doc, locale)} |`
      : `| ${tableCode(doc.source)} | — | — | ⚠️ ${t(locale, 'label.failed')}: ${cell(doc.error.message)} (${code(doc.error.code)}) |`;
    if (length + row.length + 1 > budget) {
      const more = report.documents.length - i;
      rows.push(`| … | | | ${t(locale, 'label.moreRows', { count: more })} |`);
      break;
    }
    rows.push(row);
    length += row.length + 1;
  }
  return rows.join('\n');
}

/** One clause: where, the quote once, then each finding with its points and their reason. */
function clauseBlock(clause: ClauseView, locale: Locale): string {
  const line = clause.group.findings[0].evidence.line;
  const lines = [`#### ${SEVERITY_ICON[clause.severity]} ${escapeMarkdown(clause.where)}${line ? ` · ${t(locale, 'label.line', { line })}` : ''}`, '', quote(clause)];
  for (const f of clause.findings) {
    lines.push('', `**${escapeMarkdown(f.title)}** (${code(f.ruleId)}) · ${escapeMarkdown(f.pointsReason)}`, '', escapeMarkdown(f.message));
    if (f.suppressedReason !== null) {
      lines.push('', `**${t(locale, 'label.suppressed')}** (${t(locale, 'label.reason')}: ${escapeMarkdown(f.suppressedReason)})`);
      continue;
    }
    lines.push('', `**${t(locale, 'finding.why')}:** ${escapeMarkdown(f.explanation)}`);
    if (f.legalBasis.length) {
      lines.push('', `**${t(locale, 'finding.legalBasis')}:**`);
      for (const b of f.legalBasis) lines.push(`- ${escapeMarkdown(b)}`);
    }
    lines.push('', `**${t(locale, 'finding.suggestion')}:** ${escapeMarkdown(f.suggestion)}`);
  }
  return lines.join('\n');
}

function documentSection(doc: OkDocument, open: boolean): string {
  const locale = doc.locale;
  const view = documentView(doc);
  const lines = [`### ${code(doc.source)}: ${t(locale, 'score.title')} ${doc.score}/100, ${t(locale, 'score.grade')} ${doc.grade}`, '', view.meta.split(', ').join(' · ')];
  if (doc.answer) {
    lines.push('', `**${escapeMarkdown(doc.answer.verdict)}**`, '');
    for (const trap of doc.answer.traps) lines.push(`- ${SEVERITY_ICON[trap.severity]} ${escapeMarkdown(trap.line)}`);
    lines.push('', `**${escapeMarkdown(doc.answer.dates)}**`);
    if (doc.answer.form) lines.push('', escapeMarkdown(doc.answer.form));
  }
  if (view.baseline) lines.push('', `_${escapeMarkdown(view.baseline)}_`);
  const sections: [string, ClauseView[], boolean][] = [
    [t(locale, 'clauses.title', { count: view.clauses.length }), view.clauses, open],
    [t(locale, 'clauses.notes', { count: view.notes.length }), view.notes, false],
    [t(locale, 'clauses.suppressed', { count: view.suppressed.length }), view.suppressed, false],
  ];
  if (view.clauses.length === 0) lines.push('', t(locale, 'score.none'));
  for (const [title, clauses, expanded] of sections) {
    if (clauses.length === 0) continue;
    lines.push('', `<details${expanded ? ' open' : ''}><summary>${escapeMarkdown(title)}</summary>`, '');
    if (view.pointsTotal && clauses === view.clauses) lines.push(`_${escapeMarkdown(view.pointsTotal)}_`, '');
    for (const clause of clauses) lines.push(clauseBlock(clause, locale), '');
    lines.push('</details>');
  }
  for (const warning of view.warnings) lines.push('', `> ⚠️ ${t(locale, 'document.warning')}: ${escapeMarkdown(warning)}`);
  return lines.join('\n');
}

/**
 * A PR-comment-ready report: a hidden marker (to update the previous comment), the summary table
 * (file, score, grade, worst finding), the policy verdict, then each contract's findings in
 * collapsible sections with quote, legal basis and fairer wording. Suppressed findings are listed
 * apart with their reason. Stays under GitHub's comment size limit.
 */
export function formatMarkdown(report: Report, options: MarkdownFormatOptions = {}): string {
  const locale = reportLocale(report, options.locale);
  const max = options.maxLength ?? 60000;
  const head = [COMMENT_MARKER, `## ${t(locale, 'label.report')}`, '', summaryTable(report, locale, max / 2)];
  if (report.policy) {
    head.push('', report.policy.passed ? `**✅ ${t(locale, 'label.policyPassed')}**` : `**❌ ${t(locale, 'label.policyFailed')}**`);
    for (const failure of report.policy.failures.slice(0, 50)) head.push(`- ${escapeMarkdown(policyFailureText(locale, failure))}`);
    if (report.policy.failures.length > 50) head.push(`- …`);
  }
  if (report.baseline) head.push('', `_Baseline: ${code(report.baseline.source)}_`);
  const foot = ['', '---', `<sub>knebel ${report.tool.version} · ${escapeMarkdown(t(locale, 'disclaimer'))}</sub>`, ''];
  const analysed = report.documents.filter((d): d is OkDocument => d.ok);
  let body = head.join('\n');
  let left = 0;
  for (const [i, doc] of analysed.entries()) {
    const section = `\n\n${documentSection(doc, analysed.length === 1)}`;
    if (body.length + section.length + foot.join('\n').length > max) {
      left = analysed.length - i;
      break;
    }
    body += section;
  }
  if (left) body += `\n\n_… ${t(locale, 'label.moreDocuments', { count: left })}_`;
  return `${body}${foot.join('\n')}`;
}
