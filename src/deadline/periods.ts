import type { Duration as Span, DurationUnit as Unit } from '../model/duration.js';
import { addDays, addMonths, daysInMonth, endOfMonth, parseDate } from './civil.js';

/**
 * Period arithmetic for contract terms and notice periods, on `YYYY-MM-DD` civil dates.
 *
 * The rules (German law states them in §§ 187, 188 BGB; English contracts are read the same way
 * so that one set of rules gives one answer):
 *
 * - A term that starts on a day counts that day as its first day (§ 187 Abs. 2 BGB). Its last day
 *   is the day before the day of the final month that has the start day's number (§ 188 Abs. 2):
 *   1 March 2025 + 24 months → last day 28 February 2027. When the final month has no such day,
 *   the term ends on that month's last day (§ 188 Abs. 3): 31 January + 1 month → 28 February
 *   (29 February in a leap year). Years are 12 months.
 * - Weeks and days are exact day counts: "4 Wochen" is 28 days, never "1 Monat".
 * - A notice period is an event period: it starts the day after the notice is RECEIVED (not
 *   sent: § 130 BGB; § 187 Abs. 1 BGB) and ends on the day of the final month that has the
 *   receipt day's number, or that month's last day when it has no such day (§ 188 Abs. 2, 3):
 *   received 15 June, 1 month → ends 15 July; received 30 November, 3 months → ends
 *   28 February. Days and weeks: received day R, N days → ends R + N.
 * - The notice deadline for an end date E is the latest day of receipt whose period ends no
 *   later than E. Counted back: E − N months; when E is the last day of its month, the last day
 *   of the month N months earlier. End 28 February 2027, 3 months → 30 November 2026 (the
 *   issue's example); end 31 December, 3 months → 30 September; end 30 March, 1 month →
 *   28 February. Days and weeks: E − N days (60 days before 31 August 2026 → 2 July 2026).
 */
/** A term or notice period: the one duration type (model/duration.ts), under the names the deadline code reads. */
export type { Duration as Span, DurationUnit as Unit } from '../model/duration.js';
/** Whether `a` is longer than `b`; across months and days a month counts as up to 31 days (benefit of the doubt). */
export { exceeds as longer } from '../model/duration.js';

const monthsOf = (s: Span) => (s.unit === 'Y' ? s.value * 12 : s.value);
const daysOf = (s: Span) => (s.unit === 'W' ? s.value * 7 : s.value);
const isCalendar = (s: Span) => s.unit === 'M' || s.unit === 'Y';

/** Last day of a term of length `span` whose first day is `start`. */
export function periodEnd(start: string, span: Span): string {
  if (!isCalendar(span)) return addDays(start, daysOf(span) - 1);
  const months = monthsOf(span);
  const target = addMonths(start, months);
  // addMonths clamps to the month end; a clamped result is already the last day (§ 188 Abs. 3)
  const clamped = parseDate(start).day > daysInMonth(Number(target.slice(0, 4)), Number(target.slice(5, 7)));
  return clamped ? target : addDays(target, -1);
}

/** Latest day on which a notice of length `span` must be received to end the contract on `end`. */
export function noticeDeadline(end: string, span: Span): string {
  if (!isCalendar(span)) return addDays(end, -daysOf(span));
  const back = addMonths(end, -monthsOf(span));
  return end === endOfMonth(end) ? endOfMonth(back) : back;
}

/** End of the contract when a notice of length `span` is received on `receipt` and any day may be the end. */
export function endAfterNotice(receipt: string, span: Span): string {
  return isCalendar(span) ? addMonths(receipt, monthsOf(span)) : addDays(receipt, daysOf(span));
}

export function parseSpan(iso: string): Span | null {
  const m = /^P(\d+)([DWMY])$/.exec(iso);
  return m ? { value: Number(m[1]), unit: m[2] as Unit } : null;
}
