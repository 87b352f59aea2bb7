import { describe, expect, it } from 'vitest';
import { lockInFacts as facts } from './facts-helpers.js';

/** Wordings real contracts use for term, renewal and notice (issue 13 §1), in our own words. */

describe('renewal for the same period', () => {
  it('takes the initial term when the contract names it', async () => {
    expect(await facts('Die Erstlaufzeit beträgt sechs Monate. Danach verlängert sich das Abo jeweils um dieselbe Laufzeit, wenn Sie nicht kündigen.', 'de')).toMatchObject({
      minimumTerm: 'P6M',
      autoRenewal: true,
      renewalTerm: 'P6M',
    });
    expect(await facts('Your Initial Term is 24 months. Unless you cancel, the plan renews for additional periods of equal length.', 'en')).toMatchObject({
      minimumTerm: 'P24M',
      renewalTerm: 'P24M',
    });
  });

  it('says "same-as-initial" when the length is not stated', async () => {
    expect(await facts('Ohne Kündigung verlängert sich der Vertrag um die ursprünglich gebuchte Laufzeit.', 'de')).toMatchObject({ autoRenewal: true, renewalTerm: 'same-as-initial' });
    expect(await facts('Each subscription renews automatically for a period equal to the previous one.', 'en')).toMatchObject({ autoRenewal: true, renewalTerm: 'same-as-initial' });
    expect(await facts('YOUR PACKAGE WILL RENEW AUTOMATICALLY FOR THE SAME DURATION YOU SELECTED AT CHECKOUT.', 'en')).toMatchObject({ renewalTerm: 'same-as-initial' });
  });

  it('prefers a renewal period the text names over one it infers', async () => {
    expect(
      await facts('Die Mindestlaufzeit beträgt 24 Monate. Der Vertrag verlängert sich jeweils um die Dauer der Erstlaufzeit. Für Bestandsverträge gilt: Der Vertrag verlängert sich automatisch um weitere 12 Monate.', 'de'),
    ).toMatchObject({ renewalTerm: 'P12M' });
  });

  it('does not read a negated or open-ended renewal as a fixed one', async () => {
    expect(await facts('The plan does not renew for the same period; it ends on its own.', 'en')).toMatchObject({ autoRenewal: false, renewalTerm: null });
    expect(await facts('Nach der Mindestlaufzeit läuft der Vertrag auf unbestimmte Zeit weiter und ist monatlich kündbar.', 'de')).toMatchObject({ renewalTerm: 'indefinite' });
  });
});

describe('renewal until cancelled', () => {
  it('reads US auto-renewal disclosures with their billing cycle', async () => {
    expect(await facts('YOUR MEMBERSHIP WILL AUTOMATICALLY RENEW AND YOU WILL BE CHARGED EACH MONTH UNTIL YOU CANCEL.', 'en')).toMatchObject({ autoRenewal: true, renewalTerm: 'P1M' });
    expect(await facts('Annual plans are billed every year until you cancel them in your account.', 'en')).toMatchObject({ autoRenewal: true, renewalTerm: 'P1Y' });
  });

  it('reads free trials that turn into paid plans as renewals', async () => {
    expect(await facts('At the end of your free trial you will automatically be charged the monthly fee unless you cancel first.', 'en')).toMatchObject({ autoRenewal: true, renewalTerm: 'P1M' });
    expect(await facts('Der kostenlose Testmonat geht automatisch in ein kostenpflichtiges Abo über, wenn Sie nicht vorher kündigen.', 'de')).toMatchObject({ autoRenewal: true, renewalTerm: 'same-as-initial' });
  });

  it('leaves a plain "runs until terminated" open-ended', async () => {
    expect(await facts('This agreement remains in force until terminated by either party.', 'en')).toMatchObject({ renewalTerm: null });
  });
});

describe('minimum terms as real contracts write them', () => {
  it.each([
    ['The Subscription Term is thirty-six (36) months from the Effective Date.', 'P36M'],
    ['Customer commits to 18 months of service.', 'P18M'],
    ['Memberships run for a period of 9 months from the start date.', 'P9M'],
    ['Plans have an initial term of one or twelve months.', 'P12M'],
    ['The evening class contract runs for one semester.', 'P6M'],
  ])('%s', async (text, expected) => {
    expect((await facts(text, 'en')).minimumTerm).toBe(expected);
  });

  it.each([
    ['Die Grundlaufzeit beträgt 18 Monate.', 'P18M'],
    ['Die Bindungsfrist liegt bei drei Monaten.', 'P3M'],
    ['Die Laufzeit des Vertrages beträgt zwölf Monate.', 'P12M'],
    ['Die Vertragsdauer des Kurses beträgt ein Semester.', 'P6M'],
    ['Das Paket hat eine Mindestvertragslaufzeit (z. B. 24 Monate), die sich aus dem Angebot ergibt.', 'P24M'],
  ])('%s', async (text, expected) => {
    expect((await facts(text, 'de')).minimumTerm).toBe(expected);
  });

  it('invents nothing where the text names no term', async () => {
    expect((await facts('This voucher is valid for 6 months from the date of purchase.', 'en')).minimumTerm).toBeNull();
    expect((await facts('Die Laufzeit richtet sich nach dem gewählten Tarif.', 'de')).minimumTerm).toBeNull();
  });
});

describe('notice periods in every form', () => {
  it.each([
    ['You must cancel at least 48 hours before your next billing date.', 'en', 'P2D'],
    ['To stop the renewal, cancel no later than the day before the current period ends.', 'en', 'P1D'],
    ['You can cancel by giving fourteen (14) days notice before the end of the billing cycle.', 'en', 'P14D'],
    ['Die Kündigung ist mit einer Frist von sechs Wochen zum Ende des Semesters möglich.', 'de', 'P6W'],
    ['Die Kündigung muss in Textform erfolgen. Sie muss uns mit einer Frist von einem Monat zum Ende der Saison erreichen.', 'de', 'P1M'],
  ] as const)('%s', async (text, language, expected) => {
    expect((await facts(text, language)).noticePeriod).toBe(expected);
  });

  it('ignores a notice only the provider gives', async () => {
    expect((await facts('We reserve the right to terminate your account on 30 days notice to you.', 'en')).noticePeriod).toBeNull();
    expect((await facts('Der Vertrag kann durch uns mit einer Frist von 14 Tagen gekündigt werden.', 'de')).noticePeriod).toBeNull();
  });
});
