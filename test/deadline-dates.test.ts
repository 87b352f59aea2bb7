import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, endOfQuarter, formatDate, fromDayNumber, isValidDate, toDayNumber, weekday } from '../src/deadline/civil.js';
import { computeDeadline, isProblem, type DeadlineResult } from '../src/deadline/compute.js';
import { endAfterNotice, noticeDeadline, parseSpan, periodEnd } from '../src/deadline/periods.js';
import { earliestEnd, periodsFrom, type Terms } from '../src/deadline/schedule.js';
import type { OkDocument } from '../src/report/schema.js';
import { fakeDoc } from './deadline-helpers.js';

const span = (iso: string) => {
  const s = parseSpan(iso);
  if (!s) throw new Error(iso);
  return s;
};

describe('civil dates: no Date, no time zone', () => {
  it.each([
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['1969-12-31', -1],
    ['2000-03-01', 11017],
    ['2025-03-01', 20148],
    ['2100-03-01', 47541],
  ])('%s is day %i', (date, n) => {
    expect(toDayNumber({ year: +date.slice(0, 4), month: +date.slice(5, 7), day: +date.slice(8) })).toBe(n);
    expect(formatDate(fromDayNumber(n))).toBe(date);
  });

  it.each([
    ['2025-01-31', 1, '2025-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2025-03-31', -1, '2025-02-28'],
    ['2024-03-31', -1, '2024-02-29'],
    ['2025-05-31', 1, '2025-06-30'],
    ['2025-12-15', 1, '2026-01-15'],
    ['2025-01-15', -1, '2024-12-15'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-02-29', 48, '2028-02-29'],
    ['1999-12-31', 2, '2000-02-29'],
    ['2099-12-31', 2, '2100-02-28'],
  ])('addMonths(%s, %i) = %s (clamped to the month end)', (date, n, expected) => {
    expect(addMonths(date, n)).toBe(expected);
  });

  it('adds days across months, years and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-08-31', -60)).toBe('2026-07-02');
    expect(daysBetween('2025-03-01', '2027-03-01')).toBe(730);
    expect(daysBetween('2027-03-01', '2029-03-01')).toBe(731);
  });

  it('knows weekdays, quarters and valid dates', () => {
    expect(weekday('2026-11-30')).toBe(1); // Monday
    expect(weekday('2027-02-28')).toBe(7); // Sunday
    expect(weekday('1970-01-01')).toBe(4); // Thursday
    expect(endOfQuarter('2025-05-10')).toBe('2025-06-30');
    expect(endOfQuarter('2025-11-01')).toBe('2025-12-31');
    expect(isValidDate('2024-02-29')).toBe(true);
    expect(isValidDate('2025-02-29')).toBe(false);
    expect(isValidDate('1900-02-29')).toBe(false);
    expect(isValidDate('2000-02-29')).toBe(true);
    expect(isValidDate('2025-13-01')).toBe(false);
    expect(isValidDate('2025-3-1')).toBe(false);
  });
});

describe('end of a term: start + term − 1 day, § 188 Abs. 3 BGB when the day is missing', () => {
  it.each([
    ['2025-03-01', 'P24M', '2027-02-28'], // the example
    ['2025-03-01', 'P18M', '2026-08-31'], // English gym fixture
    ['2025-03-01', 'P2Y', '2027-02-28'],
    ['2025-01-01', 'P1Y', '2025-12-31'],
    ['2025-01-31', 'P1M', '2025-02-28'], // 31 January + 1 month
    ['2024-01-31', 'P1M', '2024-02-29'], // leap year
    ['2025-01-30', 'P1M', '2025-02-28'],
    ['2025-01-29', 'P1M', '2025-02-28'],
    ['2025-01-28', 'P1M', '2025-02-27'],
    ['2024-01-29', 'P1M', '2024-02-28'],
    ['2024-02-29', 'P12M', '2025-02-28'],
    ['2024-02-29', 'P48M', '2028-02-28'],
    ['2025-03-31', 'P1M', '2025-04-30'],
    ['2025-03-30', 'P1M', '2025-04-29'],
    ['2025-12-15', 'P1M', '2026-01-14'],
    ['2025-11-01', 'P3M', '2026-01-31'],
    ['2027-03-01', 'P12M', '2028-02-29'], // renewal across a leap day
    ['2025-08-31', 'P6M', '2026-02-28'],
    ['1999-12-31', 'P2M', '2000-02-29'],
    ['2099-12-31', 'P2M', '2100-02-28'],
    ['2025-02-01', 'P1M', '2025-02-28'],
    ['2025-02-01', 'P4W', '2025-02-28'],
    ['2024-02-01', 'P4W', '2024-02-28'], // 4 weeks ≠ 1 month in a leap February
    ['2024-02-01', 'P1M', '2024-02-29'],
    ['2025-03-01', 'P4W', '2025-03-28'],
    ['2025-03-01', 'P30D', '2025-03-30'],
    ['2025-03-01', 'P1D', '2025-03-01'],
  ])('%s + %s ends on %s', (start, iso, end) => {
    expect(periodEnd(start, span(iso))).toBe(end);
  });
});

describe('notice deadline: the day the notice must be received, counted back from the end', () => {
  it.each([
    ['2027-02-28', 'P3M', '2026-11-30'], // the example: 3 Monate zum Ende der Laufzeit
    ['2027-02-28', 'P1M', '2027-01-31'],
    ['2026-12-31', 'P3M', '2026-09-30'],
    ['2026-08-31', 'P60D', '2026-07-02'], // "60 days before the end of the term"
    ['2026-08-31', 'P90D', '2026-06-02'],
    ['2026-08-31', 'P2M', '2026-06-30'],
    ['2025-03-31', 'P1M', '2025-02-28'], // zum Monatsende
    ['2024-03-31', 'P1M', '2024-02-29'],
    ['2025-04-30', 'P1M', '2025-03-31'],
    ['2025-03-30', 'P1M', '2025-02-28'], // received 28 Feb → ends 28 Mar, before 30 Mar
    ['2025-03-28', 'P1M', '2025-02-28'],
    ['2025-03-27', 'P1M', '2025-02-27'],
    ['2025-05-30', 'P3M', '2025-02-28'],
    ['2025-03-31', 'P4W', '2025-03-03'], // 4 Wochen vs 1 Monat
    ['2025-03-31', 'P30D', '2025-03-01'], // "30 days prior"
    ['2025-02-28', 'P30D', '2025-01-29'],
    ['2025-02-28', 'P1M', '2025-01-31'],
    ['2025-06-30', 'P3M', '2025-03-31'], // zum Quartalsende
    ['2025-09-30', 'P3M', '2025-06-30'],
    ['2028-02-29', 'P3M', '2027-11-30'],
    ['2026-01-15', 'P1M', '2025-12-15'],
    ['2025-12-31', 'P1Y', '2024-12-31'],
    ['2025-03-01', 'P1W', '2025-02-22'],
    ['2025-12-31', 'P6W', '2025-11-19'],
  ])('end %s, notice %s → must arrive by %s', (end, iso, deadline) => {
    expect(noticeDeadline(end, span(iso))).toBe(deadline);
  });
});

describe('notice on any day: the contract ends a full period after receipt', () => {
  it.each([
    ['2025-06-15', 'P1M', '2025-07-15'],
    ['2025-01-31', 'P1M', '2025-02-28'],
    ['2025-01-30', 'P1M', '2025-02-28'],
    ['2024-01-30', 'P1M', '2024-02-29'],
    ['2025-01-15', 'P4W', '2025-02-12'],
    ['2025-12-31', 'P1M', '2026-01-31'],
    ['2025-02-28', 'P1M', '2025-03-28'], // § 188 Abs. 2: the day with the receipt day's number
    ['2025-04-30', 'P1M', '2025-05-30'],
    ['2026-11-30', 'P3M', '2027-02-28'],
    ['2025-03-31', 'P30D', '2025-04-30'],
    ['2025-06-01', 'P14D', '2025-06-15'],
  ])('received %s with %s → ends %s', (receipt, iso, end) => {
    expect(endAfterNotice(receipt, span(iso))).toBe(end);
  });
});

const terms = (t: Partial<Terms> & Pick<Terms, 'notice'>): Terms => ({ start: '2025-03-01', minimumTerm: null, renewal: 'indefinite', openAnchor: 'anytime', ...t });

describe('schedules: which end is still reachable from today', () => {
  const gymDe = terms({ minimumTerm: span('P24M'), renewal: span('P12M'), notice: span('P3M'), openAnchor: 'anytime' });
  it.each([
    ['2025-06-01', '2027-02-28', '2026-11-30'],
    ['2026-11-30', '2027-02-28', '2026-11-30'], // the last day still counts
    ['2026-12-01', '2028-02-29', '2027-11-30'], // missed: one more year, leap day
    ['2027-12-01', '2029-02-28', '2028-11-30'],
  ])('24 + 12 months, 3 months to the term end, today %s → %s / %s', (today, end, deadline) => {
    expect(earliestEnd(gymDe, today)).toMatchObject({ end, noticeDeadline: deadline });
  });

  const gymUk = terms({ minimumTerm: span('P18M'), renewal: span('P12M'), notice: span('P60D') });
  it.each([
    ['2025-06-01', '2026-08-31', '2026-07-02'],
    ['2026-07-02', '2026-08-31', '2026-07-02'],
    ['2026-07-03', '2027-08-31', '2027-07-02'],
    ['2027-07-03', '2028-08-31', '2028-07-02'],
  ])('18 + 12 months, 60 days before the term end, today %s → %s / %s', (today, end, deadline) => {
    expect(earliestEnd(gymUk, today)).toMatchObject({ end, noticeDeadline: deadline });
  });

  it.each([
    ['anytime', 'P1M', '2025-06-10', '2025-07-10', '2025-06-10'],
    ['month-end', 'P1M', '2025-06-10', '2025-07-31', '2025-06-30'],
    ['month-end', 'P1M', '2025-05-31', '2025-06-30', '2025-05-31'],
    ['month-end', 'P4W', '2025-02-01', '2025-03-31', '2025-03-03'],
    ['month-end', 'P4W', '2025-01-31', '2025-02-28', '2025-01-31'],
    ['quarter-end', 'P3M', '2025-06-10', '2025-09-30', '2025-06-30'],
    ['quarter-end', 'P6W', '2025-08-20', '2025-12-31', '2025-11-19'],
    ['year-end', 'P3M', '2025-10-01', '2026-12-31', '2026-09-30'],
    ['year-end', 'P3M', '2025-09-30', '2025-12-31', '2025-09-30'],
  ] as const)('no minimum term, notice to %s (%s), today %s → %s / %s', (anchor, notice, today, end, deadline) => {
    const t = terms({ start: '2025-01-01', notice: span(notice), openAnchor: anchor });
    expect(earliestEnd(t, today)).toMatchObject({ end, noticeDeadline: deadline });
  });

  it('minimum term, then open-ended: the term end first, then any day', () => {
    const t = terms({ start: '2025-02-20', minimumTerm: span('P24M'), renewal: 'indefinite', notice: span('P1M') });
    expect(earliestEnd(t, '2025-06-01')).toMatchObject({ end: '2027-02-19', noticeDeadline: '2027-01-19' });
    expect(earliestEnd(t, '2027-01-20')).toMatchObject({ end: '2027-02-20', noticeDeadline: '2027-01-20' });
    expect(earliestEnd(t, '2027-03-05')).toMatchObject({ end: '2027-04-05', noticeDeadline: '2027-03-05' });
  });

  it('minimum term, then month ends', () => {
    const t = terms({ minimumTerm: span('P12M'), renewal: 'indefinite', notice: span('P1M'), openAnchor: 'month-end' });
    expect(earliestEnd(t, '2025-06-01')).toMatchObject({ end: '2026-02-28', noticeDeadline: '2026-01-31' });
    expect(earliestEnd(t, '2026-02-01')).toMatchObject({ end: '2026-03-31', noticeDeadline: '2026-02-28' });
    expect(periodsFrom(t, '2026-02-01', 3).map((p) => [p.end, p.noticeDeadline])).toEqual([
      ['2026-02-28', '2026-01-31'],
      ['2026-03-31', '2026-02-28'],
      ['2026-04-30', '2026-03-31'],
    ]);
  });

  it('a fixed term without renewal ends by itself', () => {
    const t = terms({ minimumTerm: span('P12M'), renewal: 'none', notice: span('P0D') });
    expect(earliestEnd(t, '2025-06-01')).toMatchObject({ end: '2026-02-28', noticeDeadline: null, endsByItself: true, ended: false });
    expect(earliestEnd(t, '2026-03-01')).toMatchObject({ ended: true });
  });

  it('lists the current period and the next ones', () => {
    expect(periodsFrom(gymDe, '2027-03-01', 3).map((p) => [p.kind, p.start, p.end, p.noticeDeadline])).toEqual([
      ['renewal', '2027-03-01', '2028-02-29', '2027-11-30'],
      ['renewal', '2028-03-01', '2029-02-28', '2028-11-30'],
      ['renewal', '2029-03-01', '2030-02-28', '2029-11-30'],
    ]);
  });
});

const ok = (r: ReturnType<typeof computeDeadline>): DeadlineResult => {
  if (isProblem(r)) throw new Error(`unexpected problem ${JSON.stringify(r)}`);
  return r;
};

describe('legal overrides', () => {
  const gym = fakeDoc({ minimumTerm: 'P24M', autoRenewal: true, renewalTerm: 'P12M', noticePeriod: 'P3M', noticeAnchor: 'term-end', contractType: 'gym', contractDate: '2025-03-01', startDate: '2025-03-01' });

  it('DE gym since March 2022: contract date while reachable, the law once it is missed', () => {
    const before = ok(computeDeadline(gym, { today: '2025-06-01' }));
    expect(before).toMatchObject({ basis: 'contract', answer: { end: '2027-02-28', noticeDeadline: '2026-11-30' } });
    expect(before.law).toMatchObject({ certainty: 'likely', answer: { end: '2027-02-28', noticeDeadline: '2027-01-31' } });
    const missed = ok(computeDeadline(gym, { today: '2026-12-01' }));
    expect(missed).toMatchObject({ basis: 'law', answer: { end: '2027-02-28', noticeDeadline: '2027-01-31' } });
    expect(missed.contract.answer).toMatchObject({ end: '2028-02-29', noticeDeadline: '2027-11-30' });
    // after the initial term the law lets the customer go any day with one month
    const later = ok(computeDeadline(gym, { today: '2027-02-10' }));
    expect(later).toMatchObject({ basis: 'law', answer: { end: '2027-03-10', noticeDeadline: '2027-02-10' } });
    const evenLater = ok(computeDeadline(gym, { today: '2028-06-15' }));
    expect(evenLater).toMatchObject({ basis: 'law', answer: { end: '2028-07-15', noticeDeadline: '2028-06-15' } });
  });

  it('§ 312k: no cancellation button → cancel today without notice', () => {
    const r = ok(computeDeadline(gym, { today: '2025-06-01', noCancelButton: true }));
    expect(r).toMatchObject({ basis: 'law', answer: { end: '2025-06-01', noticeDeadline: '2025-06-01' } });
    expect(r.law?.immediate).toBe(true);
  });

  it('DE before March 2022: renewal at most 12 months, notice at most 3 months', () => {
    const doc = fakeDoc({ minimumTerm: 'P24M', autoRenewal: true, renewalTerm: 'P24M', noticePeriod: 'P6M', noticeAnchor: 'term-end', contractType: 'software', contractDate: '2021-01-01', startDate: '2021-01-01' });
    const early = ok(computeDeadline(doc, { today: '2022-05-01' }));
    expect(early).toMatchObject({ basis: 'contract', answer: { end: '2022-12-31', noticeDeadline: '2022-06-30' } });
    const r = ok(computeDeadline(doc, { today: '2022-08-01' }));
    expect(r.contract.answer).toMatchObject({ end: '2024-12-31', noticeDeadline: '2024-06-30' });
    expect(r).toMatchObject({ basis: 'law', answer: { end: '2022-12-31', noticeDeadline: '2022-09-30' } });
    // law renewals are 12 months long
    const r2 = ok(computeDeadline(doc, { today: '2022-10-01' }));
    expect(r2).toMatchObject({ basis: 'law', answer: { end: '2023-12-31', noticeDeadline: '2023-09-30' } });
    expect(r2.law?.notes.map((n) => n.key)).toEqual(expect.arrayContaining(['law.de.noticeTooLongOld', 'law.de.renewalTooLongOld']));
  });

  it('DE telecoms: § 56 Abs. 3 TKG, also for old contracts ("likely")', () => {
    const doc = fakeDoc({ minimumTerm: 'P24M', autoRenewal: true, renewalTerm: 'P12M', noticePeriod: 'P3M', noticeAnchor: 'term-end', contractType: 'telecom', contractDate: '2020-06-01', startDate: '2020-06-01' });
    const r = ok(computeDeadline(doc, { today: '2022-04-01' }));
    expect(r.contract.answer).toMatchObject({ end: '2023-05-31', noticeDeadline: '2023-02-28' });
    // too late for the end of the minimum term (3 months, allowed before 2022): the first day after it
    expect(r).toMatchObject({ basis: 'law', answer: { end: '2022-06-01', noticeDeadline: '2022-05-01' } });
    expect(r.law?.certainty).toBe('likely');
    const later = ok(computeDeadline(doc, { today: '2022-07-20' }));
    expect(later).toMatchObject({ basis: 'law', answer: { end: '2022-08-20', noticeDeadline: '2022-07-20' } });
  });

  it('DE energy and insurance contracts are outside § 309 Nr. 9', () => {
    const doc = fakeDoc({ minimumTerm: 'P24M', autoRenewal: true, renewalTerm: 'P12M', noticePeriod: 'P3M', contractType: 'energy', contractDate: '2024-01-01', startDate: '2024-01-01' });
    const r = ok(computeDeadline(doc, { today: '2025-12-01' }));
    expect(r.law?.terms).toBeNull();
    expect(r.law?.notes.map((n) => n.key)).toContain('law.de.exempt');
    expect(r).toMatchObject({ basis: 'contract', answer: { end: '2026-12-31', noticeDeadline: '2026-09-30' } });
  });

  it('DE minimum term over 24 months: said to be void, dates kept', () => {
    const doc = fakeDoc({ minimumTerm: 'P36M', autoRenewal: false, noticePeriod: 'P1M', contractType: 'software', contractDate: '2024-01-01', startDate: '2024-01-01' });
    const r = ok(computeDeadline(doc, { today: '2024-02-01' }));
    expect(r.law?.notes.map((n) => n.key)).toContain('law.de.termTooLong');
    expect(r.answer).toMatchObject({ end: '2026-12-31', endsByItself: true });
  });

  it('LG Aachen: binding counted from conclusion when that is earlier than the start', () => {
    const doc = fakeDoc({ minimumTerm: 'P24M', autoRenewal: true, renewalTerm: 'indefinite', noticePeriod: 'P1M', contractType: 'telecom', contractDate: '2025-02-14' });
    const r = ok(computeDeadline(doc, { today: '2025-06-01', start: '2025-03-01' }));
    expect(r.law?.notes.map((n) => n.key)).toContain('law.de.bindingFromConclusion');
  });

  it('UK and US: notes only, the contract dates stand', () => {
    const uk = fakeDoc({ minimumTerm: 'P18M', autoRenewal: true, renewalTerm: 'P12M', noticePeriod: 'P60D', contractType: 'gym', startDate: '2025-03-01' }, { jurisdiction: 'uk', language: 'en' });
    const r = ok(computeDeadline(uk, { today: '2026-07-03' }));
    expect(r).toMatchObject({ basis: 'contract', answer: { end: '2027-08-31', noticeDeadline: '2027-07-02' } });
    expect(r.law?.notes.map((n) => n.key)).toEqual(['law.uk.renewal', 'law.uk.gymTerm', 'law.uk.noticeLong']);
    const us = fakeDoc({ minimumTerm: 'P1Y', autoRenewal: true, renewalTerm: 'P12M', noticePeriod: 'P30D', contractType: 'streaming', startDate: '2025-02-01' }, { jurisdiction: 'us', language: 'en' });
    const u = ok(computeDeadline(us, { today: '2025-06-01' }));
    expect(u).toMatchObject({ basis: 'contract', answer: { end: '2026-01-31', noticeDeadline: '2026-01-01' } });
    expect(u.law?.notes.map((n) => n.key)).toEqual(['law.us.cancelOnline']);
  });
});

describe('missing and ambiguous facts are named, never guessed', () => {
  it.each([
    [{ minimumTerm: 'P24M', noticePeriod: 'P3M', renewalTerm: 'P12M' }, { kind: 'missing-start' }],
    [{ minimumTerm: 'P24M', renewalTerm: 'P12M', startDate: '2025-03-01' }, { kind: 'missing-facts', facts: ['noticePeriod'] }],
    [{ noticePeriod: 'P3M', startDate: '2025-03-01' }, { kind: 'missing-facts', facts: ['minimumTerm'] }],
    [{ startDate: '2025-03-01' }, { kind: 'missing-facts', facts: ['minimumTerm', 'noticePeriod'] }],
    [{ minimumTerm: 'P1.5M', noticePeriod: 'P1M', startDate: '2025-03-01' }, { kind: 'ambiguous', fact: 'minimumTerm', value: 'P1.5M' }],
    [{ minimumTerm: 'P12M', noMinimumTerm: true, noticePeriod: 'P1M', startDate: '2025-03-01' }, { kind: 'ambiguous', fact: 'minimumTerm', value: 'P12M' }],
  ] as const)('%j → %j', (facts, problem) => {
    expect(computeDeadline(fakeDoc(facts as Partial<OkDocument['facts']>, { jurisdiction: 'generic' }), { today: '2025-06-01' })).toEqual(problem);
  });

  it('an unknown renewal only matters once the first deadline has passed', () => {
    const doc = fakeDoc({ minimumTerm: 'P12M', autoRenewal: true, noticePeriod: 'P1M', startDate: '2025-03-01' }, { jurisdiction: 'uk' });
    expect(ok(computeDeadline(doc, { today: '2025-06-01' })).answer).toMatchObject({ end: '2026-02-28', noticeDeadline: '2026-01-31' });
    expect(computeDeadline(doc, { today: '2026-02-01' })).toEqual({ kind: 'renewal-unknown', end: '2026-02-28' });
  });

  it('--start overrides the start the contract states', () => {
    const doc = fakeDoc({ minimumTerm: 'P12M', autoRenewal: false, noticePeriod: 'P1M', startDate: '2025-03-01' }, { jurisdiction: 'generic' });
    expect(ok(computeDeadline(doc, { today: '2025-06-01', start: '2025-04-15' }))).toMatchObject({ start: '2025-04-15', startSource: 'option', answer: { end: '2026-04-14' } });
  });
});
