import { describe, expect, it } from 'vitest';
import { analyzeText } from '../src/analyze.js';

async function facts(text: string, language: 'de' | 'en') {
  return (await analyzeText(text, { language, rules: [] })).report.facts;
}

describe('commercial terms', () => {
  it('reads intro and regular price and when it steps up (de)', async () => {
    const f = await facts('Der Aktionspreis beträgt 19,90 € monatlich in den ersten 6 Monaten. Ab dem siebten Monat gilt der reguläre Beitrag von 39,90 €.', 'de');
    expect(f.prices).toEqual({ intro: { amount: 19.9, currency: 'EUR', period: 'P6M' }, regular: { amount: 39.9, currency: 'EUR' }, stepUpAfter: 'P6M' });
  });

  it('reads intro and regular price (en)', async () => {
    const f = await facts('Introductory price: £9 per month for the first three (3) months. From the fourth month the standard fee of £29 per month applies.', 'en');
    expect(f.prices).toEqual({ intro: { amount: 9, currency: 'GBP', period: 'P3M' }, regular: { amount: 29, currency: 'GBP' }, stepUpAfter: 'P3M' });
  });

  it('reads one-off and recurring fees, and ignores waived ones', async () => {
    const de = await facts('Es wird eine Servicepauschale von 24,90 € halbjährlich erhoben. Die Aufnahmegebühr beträgt einmalig 49 €. Eine Kündigungsgebühr wird nicht erhoben.', 'de');
    expect(de.fees).toEqual([
      { name: 'Servicepauschale', amount: 24.9, currency: 'EUR', recurrence: 'half-yearly' },
      { name: 'Aufnahmegebühr', amount: 49, currency: 'EUR', recurrence: 'one-off' },
    ]);
    const en = await facts('A one-off joining fee of $1,049.50 is payable when you join. There is no cancellation fee.', 'en');
    expect(en.fees).toEqual([{ name: 'joining fee', amount: 1049.5, currency: 'USD', recurrence: 'one-off' }]);
  });

  it('reads permitted and refused cancellation channels', async () => {
    const strict = await facts('Die Kündigung ist ausschließlich per Einschreiben zu erklären. Eine Kündigung per E-Mail oder Telefon ist unwirksam.', 'de');
    expect(strict.cancellationChannels).toEqual({ permitted: ['registered-mail'], refused: ['email', 'phone'] });
    const fair = await facts('You can cancel online in your account settings or by e-mail.', 'en');
    expect(fair.cancellationChannels).toEqual({ permitted: ['email', 'online'], refused: [] });
  });

  it('reads the price-change right and whether it gives a free exit', async () => {
    expect((await facts('Wir sind berechtigt, die Monatsbeiträge bei gestiegenen Kosten nach billigem Ermessen anzupassen.', 'de')).priceChange).toEqual({ reserved: true, freeExit: false, consentRequired: false });
    expect((await facts('We may change our prices on 30 days notice; you may cancel free of charge before the change.', 'en')).priceChange).toEqual({ reserved: true, freeExit: true, consentRequired: false });
    expect((await facts('Die Preise gelten für die gesamte Laufzeit.', 'de')).priceChange).toBeNull();
  });

  it('reads pause rules and restrictions of extraordinary termination', async () => {
    const f = await facts('Während einer Ruhezeit verlängert sich die Vertragslaufzeit um die Dauer der Ruhezeit. Eine außerordentliche Kündigung ist ausgeschlossen.', 'de');
    expect(f.pause).toEqual({ extendsTerm: true });
    expect(f.extraordinaryTermination).toBe('excluded');
    expect((await facts('You can freeze your membership for up to two months per year at no cost.', 'en')).pause).toEqual({ extendsTerm: false });
  });

  it('reads the notice anchor and the start date', async () => {
    const f = await facts('Beginn der Mitgliedschaft: 01.04.2025. Nach der Mindestlaufzeit ist der Vertrag mit einer Frist von einem Monat zum Monatsende kündbar.', 'de');
    expect(f.noticeAnchor).toBe('month-end');
    expect(f.startDate).toBe('2025-04-01');
    expect((await facts('Notice must be given at least 60 days prior to the end of the then-current term to cancel.', 'en')).noticeAnchor).toBe('term-end');
  });
});
