import { addDays, endOfMonth, endOfQuarter, endOfYear, maxDate } from './civil.js';
import { endAfterNotice, noticeDeadline, periodEnd, type Span } from './periods.js';

const ONE_MONTH: Span = { value: 1, unit: 'M' };

/** 'billing-end': the end of the current monthly billing period, counted from the start. */
export type Anchor = 'term-end' | 'month-end' | 'quarter-end' | 'year-end' | 'anytime' | 'billing-end';

/**
 * How a contract can be ended, reduced to what date arithmetic needs.
 *
 * Phase 1: the minimum term (if any) and, when the contract renews for fixed periods, each
 * renewal period; the contract can end only at the end of a period, with `notice` before it.
 * Phase 2 (renewal 'indefinite', or no minimum term): the contract runs open-ended and can end
 * on any day (anchor 'anytime' or 'term-end') or at a month/quarter/year end, with
 * `openNotice` (default: `notice`) before that end.
 */
export interface Terms {
  /** First day of the contract: the minimum term counts from here. */
  start: string;
  /** null: no minimum term; the contract is open-ended from `start`. */
  minimumTerm: Span | null;
  /**
   * After the minimum term: fixed renewal periods, open-ended, the contract simply ends ('none'),
   * or the contract does not say ('unknown': only the minimum term can be computed).
   */
  renewal: Span | 'indefinite' | 'none' | 'unknown';
  /** Notice before the end of the minimum term or of a fixed renewal period. */
  notice: Span;
  /** Notice in the open-ended phase (default: `notice`). */
  openNotice?: Span;
  /** Which days can be the end in the open-ended phase. */
  openAnchor: Anchor;
}

export type PeriodKind = 'initial' | 'renewal' | 'open';

export interface Period {
  kind: PeriodKind;
  /** First day of the period (the day after the previous end); for 'open', the day after the notice arrives. */
  start: string;
  end: string;
  /** Last day the notice must be received to end the contract on `end`; null when no notice is needed. */
  noticeDeadline: string | null;
}

export interface Answer {
  /** Earliest end the customer can still reach when the notice arrives no earlier than `today`. */
  end: string;
  noticeDeadline: string | null;
  period: Period;
  /** The contract ends by itself (no renewal): nothing to cancel. */
  endsByItself: boolean;
  /** The contract already ended before today. */
  ended: boolean;
}

const MAX_PERIODS = 10000;

/** Phase-1 periods: the minimum term and the fixed renewals after it (lazily, without end). */
function* fixedPeriods(terms: Terms): Generator<Period> {
  if (!terms.minimumTerm) return;
  let start = terms.start;
  let span: Span = terms.minimumTerm;
  let kind: PeriodKind = 'initial';
  for (let i = 0; i < MAX_PERIODS; i++) {
    const end = periodEnd(start, span);
    yield { kind, start, end, noticeDeadline: terms.renewal === 'none' ? null : noticeDeadline(end, terms.notice) };
    if (typeof terms.renewal !== 'object') return;
    start = addDays(end, 1);
    span = terms.renewal;
    kind = 'renewal';
  }
}

/** Last day of the monthly billing period that contains `from`, periods counted from `start`. */
function billingPeriodEnd(start: string, from: string): string {
  let first = start;
  for (let i = 0; i < MAX_PERIODS; i++) {
    const end = periodEnd(first, ONE_MONTH);
    if (end >= from) return end;
    first = addDays(end, 1);
  }
  return from;
}

const nextAnchorEnd = (anchor: Anchor, from: string, start: string): string =>
  anchor === 'month-end'
    ? endOfMonth(from)
    : anchor === 'quarter-end'
      ? endOfQuarter(from)
      : anchor === 'year-end'
        ? endOfYear(from)
        : anchor === 'billing-end'
          ? billingPeriodEnd(start, from)
          : from;

/**
 * Open-ended phase: the earliest ends reachable with a notice received on or after `receipt`,
 * never before `notBefore`. For anchored ends (month, quarter, year) the list has one entry per
 * anchor date; for 'anytime' one entry (every later day works too).
 */
function openPeriods(terms: Terms, receipt: string, notBefore: string, count: number): Period[] {
  const notice = terms.openNotice ?? terms.notice;
  if (terms.openAnchor === 'anytime' || terms.openAnchor === 'term-end') {
    let day = receipt;
    let end = endAfterNotice(day, notice);
    if (end < notBefore) {
      // the notice may arrive later and still reach `notBefore`
      end = notBefore;
      day = maxDate(receipt, noticeDeadline(end, notice));
    }
    return [{ kind: 'open', start: addDays(day, 1), end, noticeDeadline: day }];
  }
  const out: Period[] = [];
  let end = nextAnchorEnd(terms.openAnchor, maxDate(notBefore, receipt), terms.start);
  for (let i = 0; out.length < count && i < MAX_PERIODS; i++) {
    const deadline = noticeDeadline(end, notice);
    if (deadline >= receipt) out.push({ kind: 'open', start: addDays(deadline, 1), end, noticeDeadline: deadline });
    end = nextAnchorEnd(terms.openAnchor, addDays(end, 1), terms.start);
  }
  return out;
}

/**
 * The current period and the next ones: phase-1 periods from the one that contains `today`
 * (earlier ones are over), then open-ended ends reachable from `today`. At most `count`.
 */
export function periodsFrom(terms: Terms, today: string, count: number): Period[] {
  const out: Period[] = [];
  let lastFixed: Period | null = null;
  for (const p of fixedPeriods(terms)) {
    lastFixed = p;
    if (p.end < today) continue;
    out.push(p);
    if (out.length >= count) return out;
  }
  if (terms.minimumTerm && terms.renewal !== 'indefinite') return out; // ends, renews for ever, or unknown
  // open-ended after the minimum term (or from the start): notices reaching only after the last fixed period
  const afterFixed = lastFixed ? addDays(lastFixed.end, 1) : terms.start;
  const receipt = lastFixed?.noticeDeadline ? maxDate(today, addDays(lastFixed.noticeDeadline, 1)) : today;
  out.push(...openPeriods(terms, receipt, afterFixed, count - out.length));
  return out;
}

/**
 * Earliest end reachable when the notice arrives on `today` at the earliest; null when that
 * depends on a renewal the contract does not describe.
 */
export function earliestEnd(terms: Terms, today: string): Answer | null {
  let lastFixed: Period | null = null;
  for (const p of fixedPeriods(terms)) {
    lastFixed = p;
    if (terms.renewal === 'none') {
      return { end: p.end, noticeDeadline: null, period: p, endsByItself: true, ended: p.end < today };
    }
    if (p.noticeDeadline !== null && p.noticeDeadline >= today) return { end: p.end, noticeDeadline: p.noticeDeadline, period: p, endsByItself: false, ended: false };
  }
  if (terms.minimumTerm && terms.renewal === 'unknown') return null;
  const afterFixed = lastFixed ? addDays(lastFixed.end, 1) : terms.start;
  const [first] = openPeriods(terms, today, afterFixed, 1);
  return { end: first.end, noticeDeadline: first.noticeDeadline, period: first, endsByItself: false, ended: false };
}
