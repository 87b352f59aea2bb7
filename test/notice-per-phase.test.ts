import { describe, expect, it } from 'vitest';
import { analyzeText } from '../src/analyze.js';
import { knebel } from './helpers.js';

/**
 * A contract may name one notice for the end of the first term and another for the open-ended
 * phase after it (issue 18). Both are kept, and each phase's dates use its own.
 */
async function notices(text: string, language: 'de' | 'en') {
  const { report } = await analyzeText(text, { language, rules: [], forceContract: true });
  return { noticePeriod: report.facts.noticePeriod, openNoticePeriod: report.facts.openNoticePeriod };
}

describe('notice per phase: the facts', () => {
  it('keeps the first term’s notice and the open phase’s notice apart', async () => {
    expect(
      await notices('Die Mindestlaufzeit beträgt 12 Monate. Die Kündigung muss spätestens drei Monate vor Ablauf der Mindestlaufzeit zugehen. Nach Ablauf der Mindestlaufzeit läuft der Vertrag auf unbestimmte Zeit und kann mit einer Frist von einem Monat gekündigt werden.', 'de'),
    ).toEqual({ noticePeriod: 'P3M', openNoticePeriod: 'P1M' });
    expect(await notices('Die Laufzeit beträgt 24 Monate. Die Kündigungsfrist beträgt drei Monate zum Ende der Laufzeit, danach einen Monat. Danach läuft der Vertrag auf unbestimmte Zeit.', 'de')).toEqual({
      noticePeriod: 'P3M',
      openNoticePeriod: 'P1M',
    });
    expect(
      await notices('The initial term is 12 months and you must give 60 days’ notice before its end. Thereafter the plan continues month to month and you may cancel with 30 days’ notice.', 'en'),
    ).toEqual({ noticePeriod: 'P60D', openNoticePeriod: 'P30D' });
  });

  it('gives no second notice when one applies throughout or the contract has no open phase', async () => {
    expect(await notices('Die Mindestlaufzeit beträgt 12 Monate. Danach läuft der Vertrag auf unbestimmte Zeit und kann mit einer Frist von einem Monat gekündigt werden.', 'de')).toEqual({
      noticePeriod: 'P1M',
      openNoticePeriod: null,
    });
    expect(await notices('The minimum term is 12 months. It renews for further 12 months unless you give 60 days’ notice before the end of the term. Thereafter you must give 30 days’ notice.', 'en')).toEqual({
      noticePeriod: 'P60D',
      openNoticePeriod: null,
    });
  });
});

describe('notice per phase: knebel deadline through the CLI', () => {
  const FILE = 'fixtures/real-style/en-uk-gym-two-notices.txt';
  const deadline = (today: string) => {
    const r = knebel(['deadline', FILE, '--start', '2025-03-01', '--today', today, '--format', 'json']);
    expect(r.code).toBe(0);
    return JSON.parse(r.stdout);
  };

  it('uses 60 days for the end of the initial term', () => {
    expect(deadline('2025-06-01')).toMatchObject({ earliestEnd: '2026-02-28', noticeDeadline: '2025-12-30', basis: 'contract', facts: { noticePeriod: 'P60D', openNoticePeriod: 'P30D' } });
  });

  it('uses 30 days once that deadline is missed: the open phase has its own notice', () => {
    // with one notice of 60 days for both phases the answer would be 16 March 2026
    const r = deadline('2026-01-15');
    expect(r).toMatchObject({ earliestEnd: '2026-03-01', noticeDeadline: '2026-01-30' });
    expect(r.explanation.join('\n')).toContain('different notice period: 30 days');
  });
});
