import { formatCivil, t } from '../i18n/messages.js';
import type { ConsumerAnswer } from '../report/answer.js';
import type { Clause, OkDocument } from '../report/schema.js';
import { SEVERITIES } from '../model/vocabulary.js';
import type { ClauseView } from './view.js';

/**
 * The reusable pieces of the HTML report (also for a local web page): the answer block with its
 * embedded files, one clause entry with its findings, and the contract text with every clause's
 * quote highlighted in place. Each returns an HTML fragment; all text is escaped here.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

/** A file embedded in the page as a data: URL (no network, works offline and when the page is saved). */
function dataLink(file: { name: string; mediaType: string; content: string }, label: string): string {
  const url = `data:${file.mediaType};charset=utf-8;base64,${Buffer.from(file.content, 'utf8').toString('base64')}`;
  return `<a class="file" download="${escapeHtml(file.name)}" href="${url}">${escapeHtml(label)}</a>`;
}

/** How a page other than the report shows the pieces (`knebel serve`). */
export interface PartOptions {
  /** Mark the score's parts for browser tests: data-testid="notice-deadline", "finding". */
  testIds?: boolean;
  /** Show the answer's next command (default: shown; a page has buttons instead). */
  nextStep?: boolean;
}

/** The answer: verdict, worst traps, the dates (emphasised), how to send, the next step, reminder and letter as files. */
export function answerHtml(answer: ConsumerAnswer, doc: OkDocument, options: PartOptions = {}): string {
  const locale = doc.locale;
  let dates = escapeHtml(answer.dates);
  for (const date of [answer.noticeDeadline, answer.earliestEnd]) {
    const testId = options.testIds && date === answer.noticeDeadline ? ' data-testid="notice-deadline"' : '';
    if (date) dates = dates.replace(escapeHtml(formatCivil(date, locale)), (d) => `<time datetime="${date}"${testId}><strong>${d}</strong></time>`);
  }
  const traps = answer.traps.map((trap) => `<li class="sev-${trap.severity}">${escapeHtml(trap.line)}</li>`).join('');
  const files = (answer.files ?? []).map((f) => dataLink(f, t(locale, f.mediaType === 'text/calendar' ? 'answer.fileReminder' : 'answer.fileLetter'))).join(' ');
  return [
    `<section class="answer g-${doc.grade}-edge" aria-label="${escapeHtml(t(locale, 'answer.title'))}">`,
    `<p class="verdict"><span class="grade g-${doc.grade}">${doc.grade}</span> ${escapeHtml(answer.verdict)}</p>`,
    traps ? `<p class="muted">${escapeHtml(t(locale, 'answer.traps'))}:</p><ul class="traps">${traps}</ul>` : '',
    `<p class="dates">${dates}</p>`,
    answer.form ? `<p>${escapeHtml(answer.form)}</p>` : '',
    options.nextStep === false ? '' : `<p class="muted"><code>${escapeHtml(answer.nextStep.replace(/^[^:]*:\s*/, ''))}</code></p>`,
    files ? `<p class="files">${files}</p>` : '',
    '</section>',
  ].join('');
}

/** One clause: where, the quote once (matched words bold), then each finding with the reason for its points. */
export function clauseEntryHtml(clause: ClauseView, id: string, linked: boolean, verbose = true, options: PartOptions = {}): string {
  const sev = clause.suppressed ? 'suppressed' : `sev-${clause.severity}`;
  const quote = clause.quote.map((p) => (p.marked ? `<b>${escapeHtml(p.text)}</b>` : escapeHtml(p.text))).join('');
  const parts = [
    `<li class="finding ${sev}" id="${id}">`,
    `<div class="muted">${linked ? `<a href="#${id}-q">${escapeHtml(clause.where)}</a>` : escapeHtml(clause.where)}</div>`,
    `<blockquote>${quote}</blockquote>`,
  ];
  for (const f of clause.findings) {
    const locale = f.locale;
    // each finding in its own element, so a page (and its tests) can count and reach them
    if (options.testIds) parts.push(`<div class="one" data-testid="finding" data-rule-id="${escapeHtml(f.ruleId)}">`);
    const badge = f.suppressedReason !== null ? `<span class="badge suppressed">${escapeHtml(`${t(locale, 'label.suppressed')} (${f.severityName})`)}</span>` : `<span class="badge sev-${f.severity}">${escapeHtml(f.severityName)}</span>`;
    parts.push(`<h4>${badge}${escapeHtml(f.title)}${verbose ? ` <code>${escapeHtml(f.ruleId)}</code>` : ''}</h4>`, `<p class="pts">${escapeHtml(f.pointsReason)}</p>`, `<p>${escapeHtml(f.message)}</p>`);
    if (f.suppressedReason !== null) {
      parts.push(`<p><strong>${escapeHtml(t(locale, 'label.suppressed'))}, ${escapeHtml(t(locale, 'label.reason'))}:</strong> ${escapeHtml(f.suppressedReason)}</p>`);
      if (options.testIds) parts.push('</div>');
      continue;
    }
    parts.push(`<p><strong>${escapeHtml(t(locale, 'finding.why'))}:</strong> ${escapeHtml(f.explanation)}</p>`);
    if (f.legalBasis.length) parts.push(`<p><strong>${escapeHtml(t(locale, 'finding.legalBasis'))}:</strong></p><ul>${f.legalBasis.map((b) => `<li>${escapeHtml(b)}</li>`).join('')}</ul>`);
    parts.push(`<p><strong>${escapeHtml(t(locale, 'finding.suggestion'))}:</strong> ${escapeHtml(f.suggestion)}</p>`);
    if (options.testIds) parts.push('</div>');
  }
  parts.push('</li>');
  return parts.join('\n');
}

export interface HighlightSpan {
  /** Offsets of the clause's quote and its matched words in the normalized text. */
  start: number;
  end: number;
  marks: { start: number; end: number }[];
  id: string;
  number: number;
  severity: string;
  suppressed: boolean;
  title: string;
}

const rank = (s: HighlightSpan) => (s.suppressed ? SEVERITIES.length : SEVERITIES.indexOf(s.severity as never));

/**
 * One paragraph of the contract with every quote highlighted in place: the text is cut at each
 * quote and mark boundary, each piece is marked with the most severe clause covering it, matched
 * words are bold, and each quote ends in a numbered link to its entry.
 */
export function highlightedClauseHtml(clause: Clause, spans: readonly HighlightSpan[]): string {
  const inside = spans.filter((s) => s.start < clause.end && s.end > clause.start);
  const cuts = new Set([clause.start, clause.end]);
  for (const s of inside) for (const at of [s.start, s.end, ...s.marks.flatMap((m) => [m.start, m.end])]) if (at > clause.start && at < clause.end) cuts.add(at);
  const points = [...cuts].sort((a, b) => a - b);
  let html = '';
  const opened = new Set<string>();
  for (let i = 0; i < points.length - 1; i++) {
    const [from, to] = [points[i], points[i + 1]];
    const piece = clause.text.slice(from - clause.start, to - clause.start);
    const covering = inside.filter((s) => s.start <= from && s.end >= to);
    if (covering.length === 0) {
      html += escapeHtml(piece);
      continue;
    }
    const top = [...covering].sort((a, b) => rank(a) - rank(b))[0];
    const bold = covering.some((s) => s.marks.some((m) => m.start <= from && m.end >= to));
    const anchors = covering
      .filter((s) => !opened.has(s.id))
      .map((s) => {
        opened.add(s.id);
        return `<span id="${s.id}-q"></span>`;
      })
      .join('');
    const cls = top.suppressed ? 'suppressed' : `sev-${top.severity}`;
    const title = covering.map((s) => `${s.number}. ${s.title}`).join('\n');
    const text = bold ? `<b>${escapeHtml(piece)}</b>` : escapeHtml(piece);
    const ends = covering
      .filter((s) => s.end === to || (to === clause.end && s.end > clause.end))
      .map((s) => `<sup><a href="#${s.id}">${s.number}</a></sup>`)
      .join('');
    html += `${anchors}<mark class="${cls}" title="${escapeHtml(title)}">${text}</mark>${ends}`;
  }
  const section = clause.section ? ` data-section="${escapeHtml(clause.section)}"` : '';
  return clause.isHeading ? `<h4${section}>${html}</h4>` : `<p${section}>${html}</p>`;
}

/** Every clause's quote as a span for the highlighted contract text, numbered like the entries. */
export function highlightSpans(clauses: readonly ClauseView[], prefix: string): HighlightSpan[] {
  return clauses.map((c, i) => ({
    start: c.group.start,
    end: c.group.end,
    marks: c.group.marks,
    id: `${prefix}-f${i + 1}`,
    number: i + 1,
    severity: c.severity,
    suppressed: c.suppressed,
    title: c.findings.map((f) => f.title).join(' · '),
  }));
}

/** The contract's clauses in order, with a page line where a new page starts, every quote highlighted in place. */
export function contractTextHtml(doc: OkDocument, spans: readonly HighlightSpan[]): string {
  let page = 0;
  const clauses: string[] = [];
  for (const clause of doc.clauses ?? []) {
    if (clause.page !== page && doc.pages > 1) clauses.push(`<div class="page">${escapeHtml(t(doc.locale, 'finding.wherePage', { page: clause.page }))}</div>`);
    page = clause.page;
    clauses.push(highlightedClauseHtml(clause, spans));
  }
  return clauses.join('\n');
}
