import { Chalk, type ChalkInstance } from 'chalk';
import { wrap } from '../format/wrap.js';
import { formatCivil, t, type Locale, type MessageKey } from '../i18n/messages.js';
import { weekday } from './civil.js';
import type { DeadlineResult } from './compute.js';
import { explain, renderNote } from './explain.js';
import type { Answer, Period } from './schedule.js';
import type { DeadlineJson } from '../report/deadline-schema.js';

const periodJson = (p: Period, today: string) => ({
  kind: p.kind,
  start: p.start,
  end: p.end,
  noticeDeadline: p.noticeDeadline,
  reachable: p.noticeDeadline === null ? p.end >= today : p.noticeDeadline >= today,
});

const answerJson = (a: Answer | null) => (a ? { earliestEnd: a.end, noticeDeadline: a.noticeDeadline } : { earliestEnd: null, noticeDeadline: null });

/**
 * The JSON of `knebel deadline --format json`. Stable fields: start, earliestEnd, noticeDeadline,
 * basis, periods[].end/noticeDeadline, explanation; the rest may grow.
 */
export function deadlineJson(result: DeadlineResult, locale: Locale): DeadlineJson {
  const { law } = result;
  return {
    source: result.source,
    language: result.language,
    locale,
    jurisdiction: result.jurisdiction,
    contractType: result.contractType,
    contractDate: result.contractDate,
    start: result.start,
    startSource: result.startSource,
    today: result.today,
    earliestEnd: result.answer.end,
    noticeDeadline: result.answer.noticeDeadline,
    basis: result.basis,
    endsByItself: result.answer.endsByItself,
    ended: result.answer.ended,
    periods: result.periods.map((p) => periodJson(p, result.today)),
    explanation: explain(result, locale),
    contract: { ...answerJson(result.contract.answer), periods: result.contract.periods.map((p) => periodJson(p, result.today)) },
    law: law
      ? {
          ...answerJson(law.answer),
          applies: law.terms !== null || law.immediate,
          certainty: law.certainty,
          immediate: law.immediate,
          citations: law.citations,
          periods: law.periods.map((p) => periodJson(p, result.today)),
          notes: law.notes.map((n) => renderNote(n, locale, law.certainty)),
        }
      : null,
    legalView: {
      basis: result.basis,
      certainty: law?.certainty ?? 'clear',
      citations: law?.citations ?? [],
      earliestEnd: law?.answer?.end ?? null,
      noticeDeadline: law?.answer?.noticeDeadline ?? null,
      form: result.letterForm && !result.formVoidBy ? ('letter' as const) : ('text-form' as const),
      formVoidBy: result.letterForm ? result.formVoidBy : null,
    },
    letterForm: result.letterForm,
    facts: result.facts,
    warnings: result.warnings,
  };
}

/** Wrap, keeping dates ("28. Februar 2027", "2 July 2026") and citations ("§ 307", "Nr. 9") on one line. */
export function wrapKeeping(text: string, width: number, indent: string): string {
  const glued = text.replace(/(\d{1,2}\.?) (\p{L}+) (\d{4})|(§|Nr\.|Abs\.|lit\.) (\S+)/gu, (m) => m.replace(/ /g, '\u0000'));
  return wrap(glued, width, indent).replace(/\u0000/g, ' ');
}

const withWeekday = (date: string, locale: Locale) => `${formatCivil(date, locale)} (${t(locale, `weekday.${weekday(date)}` as MessageKey)})`;

/** Human output of `knebel deadline`. */
export function formatDeadlineText(result: DeadlineResult, locale: Locale, width = 100, chalk: ChalkInstance = new Chalk({ level: 0 })): string {
  const out: string[] = [];
  const { answer } = result;
  out.push(chalk.bold(result.source), '');
  const rows: [string, string][] = [
    [t(locale, 'deadline.earliestEnd'), withWeekday(answer.end, locale)],
    [t(locale, 'deadline.noticeDeadline'), answer.noticeDeadline && !answer.endsByItself ? withWeekday(answer.noticeDeadline, locale) : t(locale, 'deadline.noNoticeNeeded')],
    [t(locale, 'deadline.basis'), t(locale, result.basis === 'law' ? 'deadline.basis.law' : 'deadline.basis.contract')],
  ];
  if (result.start) {
    rows.push([t(locale, 'deadline.start'), t(locale, result.startSource === 'option' ? 'deadline.startFromOption' : 'deadline.startFromDocument', { date: formatCivil(result.start, locale) })]);
  }
  rows.push([t(locale, 'deadline.today'), formatCivil(result.today, locale)]);
  const labelWidth = Math.max(...rows.map(([label]) => label.length)) + 2;
  // the notice deadline is what the reader must act on: emphasised on a terminal
  rows.forEach(([label, value], i) => out.push(`  ${label.padEnd(labelWidth)}${i === 1 ? chalk.bold.yellow(value) : i === 0 ? chalk.bold(value) : value}`));

  if (result.periods.length) {
    out.push('', `  ${t(locale, 'deadline.periods')}`);
    const endHeader = t(locale, 'deadline.column.end');
    const endWidth = Math.max(endHeader.length, ...result.periods.map((p) => formatCivil(p.end, locale).length)) + 3;
    out.push(`    ${endHeader.padEnd(endWidth)}${t(locale, 'deadline.column.deadline')}`);
    for (const p of result.periods) {
      const deadline = p.noticeDeadline ? formatCivil(p.noticeDeadline, locale) : t(locale, 'deadline.noNoticeNeeded');
      const missed = p.noticeDeadline && p.noticeDeadline < result.today ? `  (${t(locale, 'deadline.missed')})` : '';
      out.push(`    ${formatCivil(p.end, locale).padEnd(endWidth)}${deadline}${missed}`);
    }
  }

  out.push('', `  ${t(locale, 'deadline.steps')}`);
  explain(result, locale).forEach((line, i) => {
    const label = `${i + 1}.`.padEnd(4);
    const wrapped = wrapKeeping(line, width, '        ');
    out.push(`    ${label}${wrapped.slice(8)}`);
  });
  out.push('', wrap(t(locale, 'disclaimer'), width, '  '), '');
  return out.join('\n');
}
