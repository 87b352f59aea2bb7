import { describe, expect, it } from 'vitest';
import { knebel } from './helpers.js';

const DE = 'fixtures/de/fitnessstudio-knebel.pdf';
const EN = 'fixtures/en/gym-knebel.pdf';

function deadline(args: string[], env: Record<string, string> = {}) {
  const r = knebel(['deadline', '--format', 'json', ...args], { env });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
}

describe('knebel deadline on the German gym contract (24 + 12 months, 3 months to the term end, since March 2022)', () => {
  it.each([
    // today, earliestEnd, noticeDeadline, basis
    ['2025-03-01', '2027-02-28', '2026-11-30', 'contract'],
    ['2025-06-01', '2027-02-28', '2026-11-30', 'contract'],
    ['2026-11-30', '2027-02-28', '2026-11-30', 'contract'],
    ['2026-12-01', '2027-02-28', '2027-01-31', 'law'], // contract deadline missed: § 309 Nr. 9 c (via § 307) saves the term end
    ['2027-01-31', '2027-02-28', '2027-01-31', 'law'],
    ['2027-02-01', '2027-03-01', '2027-02-01', 'law'], // after the minimum term: any day, one month
    ['2027-02-10', '2027-03-10', '2027-02-10', 'law'],
    ['2028-01-31', '2028-02-29', '2028-01-31', 'law'],
  ])('today %s → ends %s, notice by %s (%s)', (today, end, notice, basis) => {
    const r = deadline([DE, '--today', today]);
    expect(r).toMatchObject({ start: '2025-03-01', earliestEnd: end, noticeDeadline: notice, basis });
    // the periods start with the current one (possibly missed); the first reachable one is the answer
    expect(r.periods.find((p: { reachable: boolean }) => p.reachable)).toMatchObject({ end, noticeDeadline: notice });
  });

  it('explains each step in German, matching the worked example', () => {
    const r = deadline([DE, '--today', '2025-06-01']);
    expect(r.explanation).toContain('Mindestlaufzeit 24 Monate ab 1. März 2025 → endet am 28. Februar 2027; Kündigung muss bis 30. November 2026 zugehen');
    expect(r.explanation).toContain('Verlängerung um 12 Monate ab 1. März 2027 → endet am 29. Februar 2028; Kündigung muss bis 30. November 2027 zugehen');
    const text = r.explanation.join('\n');
    expect(text).toMatch(/höchstens einen Monat betragen \(§ 309 Nr\. 9 c BGB, § 307 BGB\)\. Die vereinbarten 3 Monate sind daher wahrscheinlich unwirksam: für das Vertragsende am 28\. Februar 2027 genügt nach dem Gesetz der Zugang bis 31\. Januar 2027/);
    expect(text).toContain('nur auf unbestimmte Zeit verlängern');
    expect(text).toContain('§ 312k Abs. 6 BGB');
    expect(text).toContain('§ 309 Nr. 13 BGB'); // registered letter only: void, e-mail is enough
    expect(text).toContain('eine E-Mail, die bis dahin ankommt, genügt'); // the receipt hint follows the legal view
    expect(text).not.toContain('Postlaufzeit einplanen');
    expect(r.periods.map((p: { end: string; noticeDeadline: string }) => [p.end, p.noticeDeadline])).toEqual([
      ['2027-02-28', '2026-11-30'],
      ['2028-02-29', '2027-11-30'],
      ['2029-02-28', '2028-11-30'],
      ['2030-02-28', '2029-11-30'],
    ]);
    expect(r.law).toMatchObject({ applies: true, certainty: 'likely', earliestEnd: '2027-02-28', noticeDeadline: '2027-01-31' });
  });

  it('warns that a deadline on a Sunday does not move (§ 193 BGB does not apply)', () => {
    const r = deadline([DE, '--today', '2026-12-15']);
    expect(r.noticeDeadline).toBe('2027-01-31');
    expect(r.explanation.join('\n')).toContain('Der 31. Januar 2027 ist ein Sonntag');
  });

  it('§ 312k: with --no-cancel-button the answer is today, without notice', () => {
    const r = deadline([DE, '--today', '2025-06-01', '--no-cancel-button']);
    expect(r).toMatchObject({ earliestEnd: '2025-06-01', noticeDeadline: '2025-06-01', basis: 'law', law: { immediate: true } });
  });

  it('prints the human view in German, or in English with --locale en', () => {
    const de = knebel(['deadline', DE, '--today', '2025-06-01']);
    expect(de.code).toBe(0);
    expect(de.stdout).toContain('Frühestes Vertragsende      28. Februar 2027 (Sonntag)');
    expect(de.stdout).toContain('Kündigung muss zugehen bis  30. November 2026 (Montag)');
    const en = knebel(['deadline', DE, '--today', '2025-06-01', '--locale', 'en']);
    expect(en.stdout).toContain('Earliest possible end  28 February 2027 (Sunday)');
    expect(en.stdout.replace(/\s+/g, ' ')).toContain('Minimum term 24 months from 1 March 2025 → ends on 28 February 2027; the notice must arrive by 30 November 2026');
  });
});

describe('knebel deadline on the English gym contract (UK, 18 + 12 months, 60 days before the end)', () => {
  it.each([
    ['2025-06-01', '2026-08-31', '2026-07-02'],
    ['2026-07-02', '2026-08-31', '2026-07-02'],
    ['2026-07-03', '2027-08-31', '2027-07-02'],
    ['2027-09-01', '2028-08-31', '2028-07-02'],
  ])('today %s → ends %s, notice by %s', (today, end, notice) => {
    expect(deadline([EN, '--today', today])).toMatchObject({ start: '2025-03-01', earliestEnd: end, noticeDeadline: notice, basis: 'contract' });
  });

  it('explains in English, with the UK notes and postal delivery', () => {
    const r = deadline([EN, '--today', '2025-06-01']);
    expect(r.explanation).toContain('Minimum term 18 months from 1 March 2025 → ends on 31 August 2026; the notice must arrive by 2 July 2026');
    const text = r.explanation.join('\n');
    expect(text).toContain('Consumer Rights Act 2015');
    expect(text).toContain('OFT v Ashbourne');
    expect(text).toContain('allow for postal delivery');
  });

  it('--start overrides the start the contract states', () => {
    expect(deadline([EN, '--today', '2025-06-01', '--start', '2025-01-31'])).toMatchObject({ start: '2025-01-31', earliestEnd: '2026-07-30', noticeDeadline: '2026-05-31' });
  });
});

describe('knebel deadline on other contracts', () => {
  it('fair German gym: no minimum term, one month at any time', () => {
    expect(deadline(['fixtures/de/fitnessstudio-fair.pdf', '--today', '2025-06-10'])).toMatchObject({ earliestEnd: '2025-07-10', noticeDeadline: '2025-06-10', basis: 'contract' });
    expect(deadline(['fixtures/de/fitnessstudio-fair.pdf', '--today', '2026-01-31'])).toMatchObject({ earliestEnd: '2026-02-28', noticeDeadline: '2026-01-31' });
  });

  it('fair English gym (Markdown): monthly rolling, 31 January + 1 month', () => {
    expect(deadline(['fixtures/en/gym-fair.md', '--today', '2028-01-31'])).toMatchObject({ start: null, earliestEnd: '2028-02-29', noticeDeadline: '2028-01-31' });
  });

  it('German telecoms contract: asks for the start, then applies § 56 Abs. 3 TKG', () => {
    const missing = knebel(['deadline', 'fixtures/de/mobilfunk-knebel.txt', '--today', '2025-06-01']);
    expect(missing.code).toBe(2);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toMatch(/Vertragsbeginn.*--start JJJJ-MM-TT.*\[MISSING_START\]/);
    const json = knebel(['deadline', 'fixtures/de/mobilfunk-knebel.txt', '--today', '2025-06-01', '--format', 'json']);
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: false, error: { code: 'MISSING_START' } });
    expect(deadline(['fixtures/de/mobilfunk-knebel.txt', '--today', '2025-06-01', '--start', '2025-03-01'])).toMatchObject({ earliestEnd: '2027-02-28', noticeDeadline: '2026-11-30', basis: 'contract' });
    const late = deadline(['fixtures/de/mobilfunk-knebel.txt', '--today', '2027-04-10', '--start', '2025-03-01']);
    expect(late).toMatchObject({ earliestEnd: '2027-05-10', noticeDeadline: '2027-04-10', basis: 'law', law: { certainty: 'clear' } });
    expect(late.explanation.join('\n')).toContain('§ 56 Abs. 3 TKG');
    expect(late.explanation.join('\n')).toContain('LG Aachen'); // concluded 14 Feb, started 1 Mar: bound for more than 24 months
  });

  it('German fair telecoms contract: 24 months, then indefinite with one month', () => {
    expect(deadline(['fixtures/de/mobilfunk-fair.txt', '--today', '2025-06-01', '--start', '2025-03-01'])).toMatchObject({ earliestEnd: '2027-02-28', noticeDeadline: '2027-01-31' });
    expect(deadline(['fixtures/de/mobilfunk-fair.txt', '--today', '2027-03-05', '--start', '2025-03-01'])).toMatchObject({ earliestEnd: '2027-04-05', noticeDeadline: '2027-03-05', basis: 'contract' });
  });

  it('names the missing fact in words (no field names) and exits 3', () => {
    const contract = [
      'Membership agreement',
      '1. Term. The membership runs for a minimum term of 12 months from the start date and renews automatically for further periods of 12 months.',
      '2. Payment. The monthly fee is payable in advance. This agreement is governed by the laws of England and Wales.',
    ].join('\n\n');
    const r = knebel(['deadline', '-', '--today', '2025-06-01', '--start', '2025-01-01'], { input: contract });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('does not state the notice period');
    expect(r.stderr).toContain('minimum term 12 months, renews automatically');
    expect(r.stderr).not.toMatch(/\w+=\w+/);
    expect(r.stderr).toContain('[MISSING_FACTS]');
  });

  it('gives a cancel-any-time contract its dates: the end of the current billing period', () => {
    const r = knebel(['deadline', '--format', 'json', 'fixtures/en/saas-fair.docx', '--today', '2025-06-10']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    // rolling monthly from the contract date 1 February 2025: the period containing 10 June ends on 30 June
    expect(json).toMatchObject({ earliestEnd: '2025-06-30', noticeDeadline: '2025-06-30', basis: 'contract' });
    expect(json.explanation.join(' ')).toContain('end of the billing period');
    const streaming = knebel(['deadline', 'fixtures/en/streaming-terms-fair.html', '--today', '2025-06-10']);
    expect(streaming.code).toBe(0);
    expect(streaming.stdout).not.toContain('noMinimumTerm');
  });

  it('exit 3 for an unreadable input, 2 for bad dates', () => {
    expect(knebel(['deadline', 'fixtures/bad/empty.txt', '--today', '2025-06-01']).code).toBe(3);
    expect(knebel(['deadline', 'fixtures/nope.pdf']).code).toBe(3);
    const bad = knebel(['deadline', DE, '--today', '2025-02-30']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('YYYY-MM-DD');
    expect(knebel(['deadline', DE, '--start', '31.02.2025']).code).toBe(2);
    // the German way of writing a date is accepted
    const german = JSON.parse(knebel(['deadline', '--format', 'json', DE, '--start', '01.03.2025', '--today', '1.6.2025']).stdout);
    expect(german).toMatchObject({ start: '2025-03-01', today: '2025-06-01', noticeDeadline: '2026-11-30' });
  });
});

describe('time-zone independence', () => {
  it.each(['Pacific/Kiritimati', 'America/Los_Angeles', 'UTC', 'Asia/Kathmandu'])('same dates under TZ=%s', (tz) => {
    const base = knebel(['deadline', '--format', 'json', DE, '--today', '2026-12-15'], { env: { TZ: 'Europe/Berlin' } }).stdout;
    expect(knebel(['deadline', '--format', 'json', DE, '--today', '2026-12-15'], { env: { TZ: tz } }).stdout).toBe(base);
    const ics = knebel(['deadline', EN, '--today', '2025-06-01', '--ics', '-'], { env: { TZ: 'Europe/London' } }).stdout;
    expect(knebel(['deadline', EN, '--today', '2025-06-01', '--ics', '-'], { env: { TZ: tz } }).stdout).toBe(ics);
  });

  it('without --today, "today" is the date in the contract\'s jurisdiction, whatever TZ says', () => {
    const a = deadline([DE], { TZ: 'Pacific/Kiritimati' });
    const b = deadline([DE], { TZ: 'America/Los_Angeles' });
    expect(a.today).toBe(b.today);
    expect(a.today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
