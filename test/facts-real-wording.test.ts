import { describe, expect, it } from 'vitest';
import { analyzeForFacts as analysis, lockInFacts as facts } from './facts-helpers.js';

/**
 * More of the ways real contracts word term, renewal and notice (issue 13 §1, second round), and
 * the near misses that must not count. All sentences are our own.
 */
describe('minimum terms in plan lists and contract sentences', () => {
  it.each([
    ['Plans are available for 1, 12 or 24 months.', 'en', 'P24M'],
    ['Subscriptions are billed monthly, yearly or every two years, depending on your selection.', 'en', 'P2Y'],
    ['Each membership lasts a minimum of 6 months.', 'en', 'P6M'],
    ['12 month minimum membership applies to all direct debit memberships.', 'en', 'P12M'],
    ['You agree to a commitment of 36 months.', 'en', 'P36M'],
    ['The membership agreement has a term of twelve months.', 'en', 'P12M'],
    ['Memberships are sold in 3, 6 and 12 month terms.', 'en', 'P12M'],
    ['The subscription length is 12 months.', 'en', 'P12M'],
    ['Die Vertragslaufzeit beträgt wahlweise 1, 12 oder 24 Monate.', 'de', 'P24M'],
    ['Das Jahresabo läuft zwölf Monate.', 'de', 'P12M'],
    ['Der Vertrag beginnt mit der Unterzeichnung und endet nach 12 Monaten.', 'de', 'P12M'],
    ['Die Mindestvertragszeit beträgt zwölf Monate.', 'de', 'P12M'],
    ['Die Abodauer beträgt sechs Monate.', 'de', 'P6M'],
    ['Die Mitgliedschaft beginnt am Monatsersten. Sie läuft zunächst fest für 26 Wochen.', 'de', 'P26W'],
  ] as const)('%s', async (text, language, expected) => {
    expect((await facts(text, language)).minimumTerm).toBe(expected);
  });

  it('reads no term from periods that are not the contract’s', async () => {
    expect((await facts('Der Gutschein ist gültig für sechs Monate ab Ausstellung.', 'de')).minimumTerm).toBeNull();
    expect((await facts('Falls Sie Ihr Guthaben für einen Zeitraum von 180 Tagen nicht nutzen, wird es inaktiv.', 'de')).minimumTerm).toBeNull();
    expect((await facts('Die Pflichten zur Vertraulichkeit bestehen für einen Zeitraum von fünf Jahren fort.', 'de')).minimumTerm).toBeNull();
  });
});

describe('renewals in real wording', () => {
  it('reads Swiss "erneuert sich" like "verlängert sich"', async () => {
    expect(await facts('Das Abonnement erneuert sich automatisch um ein Jahr, sofern es nicht gekündigt wird.', 'de')).toMatchObject({ autoRenewal: true, renewalTerm: 'P1Y' });
    expect(await facts('Ohne Kündigung wird das Abo um weitere 12 Monate erneuert.', 'de')).toMatchObject({ autoRenewal: true, renewalTerm: 'P12M' });
  });

  it('gives a subscription that runs until cancelled the one cycle it is billed on', async () => {
    expect(await facts('Your plan is billed monthly. It continues until you cancel.', 'en')).toMatchObject({ autoRenewal: true, renewalTerm: 'P1M' });
    expect(await facts('Paid subscriptions continue indefinitely until cancelled.', 'en')).toMatchObject({ autoRenewal: true, renewalTerm: 'same-as-initial' });
    expect(await facts('You will be charged automatically at the interval you selected until you cancel.', 'en')).toMatchObject({ renewalTerm: 'same-as-initial' });
  });

  it('reads a renewal each year and a tacit one', async () => {
    expect(await facts('Your membership will be renewed each year on its anniversary unless you opt out.', 'en')).toMatchObject({ autoRenewal: true, renewalTerm: 'P1Y' });
    expect(await facts('The agreement runs by calendar year and is renewed tacitly every year.', 'en')).toMatchObject({ autoRenewal: true, renewalTerm: 'P1Y' });
  });

  it('keeps "will not be renewed" inside a notice from denying the renewal', async () => {
    const read = await facts('This agreement renews automatically for successive one-year terms unless either party gives 30 days written notice that it will not be renewed.', 'en');
    expect(read).toMatchObject({ autoRenewal: true, renewalTerm: 'P1Y' });
  });

  it('reads the end of a fixed-term offer as no renewal', async () => {
    expect((await facts('Wir vermitteln nur befristete Abonnements.', 'de')).autoRenewal).toBe(false);
    expect((await facts('Your plan will simply expire at the end of the paid period unless you renew it manually.', 'en')).autoRenewal).toBe(false);
  });

  it('renews nothing on a heading, a permission, a licence term or an end for breach', async () => {
    expect((await facts('Automatische Verlängerung.', 'de')).autoRenewal).toBeNull();
    expect((await facts('Diese Frist kann nicht verlängert werden, es sei denn, beide Seiten vereinbaren es schriftlich.', 'de')).autoRenewal).toBeNull();
    expect((await facts('You grant us a licence for a term equal to the duration of these terms.', 'en')).renewalTerm).toBeNull();
    expect((await facts('A general release does not extend to claims you do not know about.', 'en')).autoRenewal).toBeNull();
    expect((await facts('Ihr Nutzungsrecht endet automatisch, wenn Sie gegen diese Bedingungen verstoßen.', 'de')).autoRenewal).toBeNull();
  });

  it('reads an option to renew apart, never as an automatic renewal', async () => {
    const { report, facts: extracted } = await analysis('The distributor has the option to renew this agreement for an additional three (3) year period by written notice.', 'en');
    expect(report.facts).toMatchObject({ autoRenewal: null, renewalTerm: null });
    expect(extracted.extensionOption).toEqual({ value: 3, unit: 'Y' });
  });
});

describe('notices in real wording', () => {
  it.each([
    ['Die Kündigung ist jederzeit zum Ende des Kalendermonats möglich, der auf den Eingang der Kündigung folgt.', 'de', 'P1M'],
    ['Die Kündigung wird zum Ende des Folgemonats wirksam.', 'de', 'P1M'],
    ['Die Kündigung muss bis spätestens 14 Tage vor der Verlängerung erfolgen.', 'de', 'P14D'],
    ['Members can cancel effective at the end of the month following the month in which notice is given.', 'en', 'P1M'],
  ] as const)('%s', async (text, language, expected) => {
    expect((await facts(text, language)).noticePeriod).toBe(expected);
  });

  it('ignores notice the provider gives about changes or its own termination', async () => {
    expect((await facts('We will give you at least thirty days notice of any change, and you may cancel before it applies.', 'en')).noticePeriod).toBeNull();
    expect((await facts('Acme may terminate the service at any time by giving at least thirty days notice.', 'en')).noticePeriod).toBeNull();
    expect((await facts('Wir werden Sie über eine solche Änderung mindestens 30 Tage im Voraus informieren, Sie können dann kündigen.', 'de')).noticePeriod).toBeNull();
    expect((await facts('Der Anbieter hat das Recht, Ihr Konto zu sperren. Nach Verstreichen der 6-jährigen Frist wird es gelöscht.', 'de')).noticePeriod).toBeNull();
  });
});
