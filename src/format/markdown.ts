import { t, type Locale } from '../i18n/messages.js';
import { reportLocale } from '../report/catalog.js';
import type { Finding, OkDocument, Report } from '../report/schema.js';
import { policyFailureText, severityName, suppressedFindings, where, worstFinding } from './labels.js';

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

function code(text: string): string {
  const ticks = /`+/.exec(text)?.[0].length ?? 0;
  const fence = '`'.repeat(ticks + 1);
  return `${fence}${ticks ? ' ' : ''}${text}${ticks ? ' ' : ''}${fence}`;
}

/** The quote with the matched words in bold. */
function quote(finding: Finding): string {
  const { text, start, match } = finding.evidence;
  const from = match.start - start;
  const to = match.end - start;
  const body =
    from >= 0 && to <= text.length && from < to
      ? `${escapeMarkdown(text.slice(0, from))}**${escapeMarkdown(text.slice(from, to))}**${escapeMarkdown(text.slice(to))}`
      : escapeMarkdown(text);
  return body
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}

function worstCell(doc: OkDocument): string {
  const worst = worstFinding(doc);
  if (!worst) return t(doc.locale, 'label.none');
  return `${SEVERITY_ICON[worst.severity]} ${severityName(doc.locale, worst.severity)}: ${cell(worst.title)} (${code(worst.ruleId)})`;
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
      ? `| ${code(doc.source)} | ${doc.score}/100 | **${doc.grade}** | ${worstCell(doc)} |`
      : `| ${code(doc.source)} | — | — | ⚠️ ${t(locale, 'label.failed')}: ${cell(doc.error.message)} (${code(doc.error.code)}) |`;
    if (length + row.length + 1 > budget) {
      const more = report.documents.length - i;
      rows.push(`| … | | | ${more} ${locale === 'de' ? 'weitere' : 'more'} |`);
      break;
    }
    rows.push(row);
    length += row.length + 1;
  }
  return rows.join('\n');
}

function findingBlock(finding: Finding, locale: Locale): string {
  const points = finding.points ? ` · ${t(locale, 'finding.points', { points: finding.points })}` : '';
  const lines = [
    `#### ${SEVERITY_ICON[finding.severity]} ${severityName(locale, finding.severity)} · ${escapeMarkdown(finding.title)}${points}`,
    '',
    `${code(finding.ruleId)} · ${escapeMarkdown(where(locale, finding))}${finding.evidence.line ? ` · ${locale === 'de' ? 'Zeile' : 'line'} ${finding.evidence.line}` : ''}`,
    '',
    quote(finding),
    '',
    escapeMarkdown(finding.message),
  ];
  if (finding.suppressed) {
    lines.push('', `**${t(locale, 'label.suppressed')}** (${t(locale, 'label.reason')}: ${escapeMarkdown(finding.suppressed.reason)})`);
    return lines.join('\n');
  }
  lines.push('', `**${t(locale, 'finding.why')}:** ${escapeMarkdown(finding.explanation)}`);
  if (finding.legalBasis.length) {
    lines.push('', `**${t(locale, 'finding.legalBasis')}:**`);
    for (const b of finding.legalBasis) lines.push(`- ${escapeMarkdown(b.citation)} (${b.jurisdiction.toUpperCase()})${b.note ? ` – ${escapeMarkdown(b.note)}` : ''}`);
  }
  lines.push('', `**${t(locale, 'finding.suggestion')}:** ${escapeMarkdown(finding.suggestion)}`);
  return lines.join('\n');
}

function documentSection(doc: OkDocument, open: boolean): string {
  const locale = doc.locale;
  const active = doc.findings.filter((f) => !f.suppressed);
  const suppressed = suppressedFindings(doc);
  const meta = [
    doc.format,
    `${t(locale, 'language.detected')} ${doc.language}`,
    `${doc.pages} ${t(locale, 'pages')}`,
    `${t(locale, 'facts.jurisdiction')} ${doc.jurisdiction.toUpperCase()}`,
  ];
  const lines = [`### ${code(doc.source)}: ${t(locale, 'score.title')} ${doc.score}/100, ${t(locale, 'score.grade')} ${doc.grade}`, '', meta.join(' · ')];
  if (doc.baseline) lines.push('', `_${t(locale, 'label.baseline', { matched: doc.baseline.matched, fixed: doc.baseline.fixed })}_`);
  if (active.length === 0) lines.push('', t(locale, 'score.none'));
  else {
    const flagged = active.filter((f) => f.severity !== 'info').length;
    lines.push('', `<details${open ? ' open' : ''}><summary>${t(locale, 'label.findings')} (${flagged})</summary>`, '');
    for (const f of active) lines.push(findingBlock(f, locale), '');
    lines.push('</details>');
  }
  if (suppressed.length) {
    lines.push('', `<details><summary>${t(locale, 'label.suppressed')} (${suppressed.length})</summary>`, '');
    for (const f of suppressed) lines.push(findingBlock(f, locale), '');
    lines.push('</details>');
  }
  for (const warning of doc.warnings) lines.push('', `> ⚠️ ${t(locale, 'document.warning')}: ${escapeMarkdown(warning)}`);
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
  if (left) body += `\n\n_… ${left} ${locale === 'de' ? 'weitere Dokumente: siehe JSON-, SARIF- oder HTML-Bericht' : 'more documents: see the JSON, SARIF or HTML report'}._`;
  return `${body}${foot.join('\n')}`;
}
