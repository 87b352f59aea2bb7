import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, formatDate, fromDayNumber, parseDate, toDayNumber } from '../src/deadline/civil.js';
import { computeDeadline, isProblem } from '../src/deadline/compute.js';
import { endAfterNotice, noticeDeadline, periodEnd, type Span, type Unit } from '../src/deadline/periods.js';
import { earliestEnd, periodsFrom, type Anchor, type Terms } from '../src/deadline/schedule.js';
import { fakeDoc } from './deadline-helpers.js';

const FROM = toDayNumber(parseDate('1990-01-01'));
const TO = toDayNumber(parseDate('2060-12-31'));
const date = fc.integer({ min: FROM, max: TO }).map((n) => formatDate(fromDayNumber(n)));
const unit = fc.constantFrom<Unit>('D', 'W', 'M', 'Y');
const spanArb: fc.Arbitrary<Span> = unit.chain((u) => fc.integer({ min: 1, max: u === 'D' ? 400 : u === 'W' ? 60 : u === 'M' ? 48 : 4 }).map((value) => ({ value, unit: u })));
const anchor = fc.constantFrom<Anchor>('anytime', 'term-end', 'month-end', 'quarter-end', 'year-end');
const renewal = fc.oneof(spanArb, fc.constant<'indefinite'>('indefinite'), fc.constant<'none'>('none'));
const termsArb = fc.record({ minimumTerm: fc.option(spanArb, { nil: null }), renewal, notice: spanArb, openAnchor: anchor });

const runs = { numRuns: 500 };

describe('calendar arithmetic (properties)', () => {
  it('day numbers round-trip and addDays is consistent with them', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -5000, max: 5000 }), (d, n) => {
        expect(formatDate(fromDayNumber(toDayNumber(parseDate(d))))).toBe(d);
        expect(toDayNumber(parseDate(addDays(d, n))) - toDayNumber(parseDate(d))).toBe(n);
      }),
      runs,
    );
  });

  it('addMonths lands in the right month and never past the start day', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -120, max: 120 }), (d, n) => {
        const a = parseDate(d);
        const b = parseDate(addMonths(d, n));
        expect(b.year * 12 + b.month - (a.year * 12 + a.month)).toBe(n);
        expect(b.day).toBeLessThanOrEqual(a.day);
      }),
      runs,
    );
  });

  it('a term ends on or after its first day, and a later start never ends earlier', () => {
    fc.assert(
      fc.property(date, date, spanArb, (a, b, s) => {
        const [s1, s2] = a <= b ? [a, b] : [b, a];
        expect(periodEnd(s1, s) >= s1).toBe(true);
        expect(periodEnd(s1, s) <= periodEnd(s2, s)).toBe(true);
      }),
      runs,
    );
  });

  it('the notice deadline is never after the end, and it is the latest day that still works', () => {
    fc.assert(
      fc.property(date, spanArb, (end, s) => {
        const deadline = noticeDeadline(end, s);
        expect(deadline <= end).toBe(true);
        expect(endAfterNotice(deadline, s) <= end).toBe(true);
        expect(endAfterNotice(addDays(deadline, 1), s) > end).toBe(true);
      }),
      runs,
    );
  });

  it('a later end never has an earlier notice deadline', () => {
    fc.assert(
      fc.property(date, date, spanArb, (a, b, s) => {
        const [e1, e2] = a <= b ? [a, b] : [b, a];
        expect(noticeDeadline(e1, s) <= noticeDeadline(e2, s)).toBe(true);
      }),
      runs,
    );
  });
});

describe('schedules (properties)', () => {
  it('every listed deadline lies on or before its end, and the answer is reachable from today', () => {
    fc.assert(
      fc.property(termsArb, date, fc.integer({ min: -400, max: 4000 }), (t, start, offset) => {
        const terms: Terms = { start, ...t };
        const today = addDays(start, offset);
        for (const p of periodsFrom(terms, today, 5)) if (p.noticeDeadline) expect(p.noticeDeadline <= p.end).toBe(true);
        const answer = earliestEnd(terms, today);
        if (!answer || answer.endsByItself) return;
        expect(answer.noticeDeadline !== null && answer.noticeDeadline <= answer.end).toBe(true);
        expect((answer.noticeDeadline as string) >= today).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('moving the start date forward never moves a deadline back', () => {
    fc.assert(
      fc.property(termsArb, date, fc.integer({ min: 0, max: 800 }), (t, start, shift) => {
        const early: Terms = { start, ...t };
        const late: Terms = { ...early, start: addDays(start, shift) };
        // the same period of the contract, counted from each start
        const a = periodsFrom(early, early.start, 4).filter((p) => p.kind !== 'open');
        const b = periodsFrom(late, late.start, 4).filter((p) => p.kind !== 'open');
        a.forEach((p, i) => {
          expect(p.end <= b[i].end).toBe(true);
          if (p.noticeDeadline && b[i].noticeDeadline) expect(p.noticeDeadline <= (b[i].noticeDeadline as string)).toBe(true);
        });
        // and the deadline the customer gets from the first day, while the minimum term's deadline is ahead
        const x = earliestEnd(early, early.start);
        const y = earliestEnd(late, early.start);
        if (x?.noticeDeadline && y?.noticeDeadline && x.period.kind === 'initial') expect(x.noticeDeadline <= y.noticeDeadline).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('the law never makes the reachable end later than the contract does (DE, any contract type and date)', () => {
    const iso = (s: Span) => `P${s.value}${s.unit}`;
    fc.assert(
      fc.property(
        spanArb,
        fc.oneof(spanArb.map(iso), fc.constant('indefinite')),
        spanArb,
        fc.constantFrom('gym', 'telecom', 'software', 'energy'),
        date,
        fc.integer({ min: 0, max: 2000 }),
        fc.boolean(),
        (minimum, renewalTerm, notice, contractType, start, offset, button) => {
          const doc = fakeDoc({ minimumTerm: iso(minimum), autoRenewal: true, renewalTerm, noticePeriod: iso(notice), contractType: contractType as 'gym', contractDate: start, startDate: start });
          const r = computeDeadline(doc, { today: addDays(start, offset), noCancelButton: !button });
          if (isProblem(r)) throw new Error(JSON.stringify(r));
          if (r.contract.answer) expect(r.answer.end <= r.contract.answer.end).toBe(true);
          if (r.answer.noticeDeadline) expect(r.answer.noticeDeadline <= r.answer.end).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
