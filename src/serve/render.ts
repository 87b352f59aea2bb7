import { computeDeadline, isProblem, type DeadlineProblem, type DeadlineResult } from '../deadline/compute.js';
import { todayIn } from '../deadline/today.js';
import { answerHtml, clauseEntryHtml, contractTextHtml, escapeHtml, highlightSpans } from '../format/html-parts.js';
import { documentView } from '../format/view.js';
import { t } from '../i18n/messages.js';
import { withConsumerAnswer } from '../report/deadline.js';
import type { OkDocument } from '../report/schema.js';
import type { Analysed } from './analyses.js';

/**
 * What the page shows of one analysed contract, rendered by the HTML report's own pieces
 * (format/html-parts.ts): the answer, the findings and the contract text with every clause
 * highlighted in place. The page only inserts these fragments; it renders nothing itself.
 */
export interface PageView {
  locale: OkDocument['locale'];
  language: OkDocument['language'];
  score: number;
  grade: string;
  /** The contract does not state its start and none was given: the page asks for it. */
  needStart: boolean;
  noticeDeadline: string | null;
  earliestEnd: string | null;
  /** A reminder can be made (there is a notice deadline still ahead). */
  hasReminder: boolean;
  html: { head: string; answer: string; facts: string; findings: string; text: string };
  /** The letter as an e-mail draft, the sender's name left as `namePlaceholder` for the page to fill in. */
  mail: { subject: string; body: string; namePlaceholder: string };
}

export interface DateChoices {
  /** First day of the contract, YYYY-MM-DD (the page's date field). */
  start?: string;
  /** Today (tests and screenshots pin it); default: today in the contract's jurisdiction. */
  today?: string;
}

/** The dates as `knebel deadline` computes them (with the text, which says whether a letter is needed). */
export function datesOf(analysed: Analysed, choices: DateChoices): { doc: OkDocument; today: string; outcome: DeadlineResult | DeadlineProblem } {
  const doc = analysed.doc;
  const today = choices.today ?? todayIn(doc.jurisdiction);
  const outcome = computeDeadline(doc, { start: choices.start, today, text: analysed.text });
  // the answer exactly as `knebel check` gives it for the same file and --start
  return { doc: withConsumerAnswer(doc, { start: choices.start, today }), today, outcome };
}

export function pageView(analysed: Analysed, choices: DateChoices, mail: PageView['mail']): PageView {
  const { doc, outcome } = datesOf(analysed, choices);
  const answer = doc.answer as NonNullable<OkDocument['answer']>;
  const locale = doc.locale;
  const needStart = doc.deadlineReason?.code === 'MISSING_START';
  // the CLI's answer names its --start option; the page has a date field for it instead
  const shown = needStart ? { ...answer, dates: t(locale, 'serve.needStart') } : answer;
  const view = documentView(doc);
  const listed = [...view.clauses, ...view.notes];
  const spans = highlightSpans(listed, 'd1');
  const entries = listed.map((c, i) => clauseEntryHtml(c, spans[i].id, Boolean(doc.clauses), false, { testIds: true })).join('\n');
  const head = [
    `<div class="scorebox"><div class="score"><span data-testid="score">${doc.score}</span><small>/100</small></div>`,
    `<div class="grade g-${doc.grade}" title="${escapeHtml(t(locale, 'score.grade'))}">${doc.grade}</div>`,
    `<div class="muted">${escapeHtml(t(locale, 'score.title'))}${view.pointsTotal ? ` · ${escapeHtml(view.pointsTotal)}` : ''}</div></div>`,
    doc.ocr ? `<p class="muted">⚠ ${escapeHtml(t(locale, 'document.ocr'))}</p>` : '',
  ].join('');
  const facts = `<dl class="facts">${view.facts.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`).join('')}</dl>`;
  const findings = listed.length ? `<ol class="findings">${entries}</ol>` : `<p>${escapeHtml(t(locale, 'score.none'))}</p>`;
  return {
    locale,
    language: doc.language,
    score: doc.score,
    grade: doc.grade,
    needStart,
    noticeDeadline: answer.noticeDeadline,
    earliestEnd: answer.earliestEnd,
    hasReminder: !isProblem(outcome) && Boolean(outcome.answer.noticeDeadline) && !outcome.answer.endsByItself && !outcome.answer.ended,
    html: { head, answer: answerHtml(shown, doc, { testIds: true, nextStep: false }), facts, findings, text: contractTextHtml(doc, spans) },
    mail,
  };
}
