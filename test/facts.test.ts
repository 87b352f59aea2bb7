import { describe, expect, it } from 'vitest';
import { analyzeText } from '../src/analyze.js';

async function facts(text: string, language: 'de' | 'en') {
  const { report } = await analyzeText(text, { language });
  const { minimumTerm, autoRenewal, renewalTerm, noticePeriod, noMinimumTerm } = report.facts;
  return { minimumTerm, autoRenewal, renewalTerm, noticePeriod, noMinimumTerm };
}

describe('fact extraction', () => {
  it('reads the classic gym trap in German', async () => {
    expect(
      await facts('Die Mindestlaufzeit beträgt vierundzwanzig (24) Monate. Der Vertrag verlängert sich stillschweigend um jeweils weitere 12 Monate, sofern er nicht spätestens drei Monate vor Ablauf der Laufzeit gekündigt wird.', 'de'),
    ).toEqual({ minimumTerm: 'P24M', autoRenewal: true, renewalTerm: 'P12M', noticePeriod: 'P3M', noMinimumTerm: false });
  });

  it('reads the classic trap in English', async () => {
    expect(
      await facts('The initial term is twelve (12) months. This Agreement automatically renews for successive one-year terms unless you give at least sixty (60) days written notice before the end of the then-current term.', 'en'),
    ).toEqual({ minimumTerm: 'P12M', autoRenewal: true, renewalTerm: 'P1Y', noticePeriod: 'P60D', noMinimumTerm: false });
  });

  it('reads indefinite continuation as fair renewal', async () => {
    const result = await facts('Die Mindestlaufzeit beträgt ein Jahr. Danach verlängert sich der Vertrag auf unbestimmte Zeit und ist jederzeit mit einer Frist von einem Monat kündbar.', 'de');
    expect(result).toMatchObject({ minimumTerm: 'P1Y', autoRenewal: true, renewalTerm: 'indefinite', noticePeriod: 'P1M' });
  });

  it('understands negations', async () => {
    expect(await facts('Der Vertrag verlängert sich nicht automatisch. Es gibt keine Mindestlaufzeit.', 'de')).toEqual({
      minimumTerm: null, autoRenewal: false, renewalTerm: null, noticePeriod: null, noMinimumTerm: true,
    });
    expect(await facts('There is no minimum term. This subscription does not renew automatically.', 'en')).toEqual({
      minimumTerm: null, autoRenewal: false, renewalTerm: null, noticePeriod: null, noMinimumTerm: true,
    });
  });

  it('does not mistake "sofern nicht gekündigt" for a negated renewal', async () => {
    expect((await facts('Der Vertrag verlängert sich um ein Jahr, sofern er nicht gekündigt wird.', 'de')).autoRenewal).toBe(true);
  });

  it('ignores provider notice, withdrawal periods and price notices', async () => {
    const result = await facts('Wir können den Vertrag mit einer Frist von drei Monaten kündigen. Sie können innerhalb von 14 Tagen widerrufen. Preiserhöhungen kündigen wir mit einer Ankündigungsfrist von sechs Wochen an.', 'de');
    expect(result.noticePeriod).toBeNull();
    expect((await facts('We may terminate on 90 days notice. We will notify you 30 days before any price change.', 'en')).noticePeriod).toBeNull();
  });

  it('ignores a renewal the customer may choose, and definitions', async () => {
    expect(await facts('You can renew your membership for another 12 months if you wish. Renewal means the start of each billing period.', 'en')).toMatchObject({ autoRenewal: null, renewalTerm: null });
  });

  it('reads "ein Jahr" and "52 Wochen" in the unit the contract states', async () => {
    expect((await facts('Die Mindestlaufzeit beträgt ein Jahr.', 'de')).minimumTerm).toBe('P1Y');
    expect((await facts('Die Mindestlaufzeit beträgt 52 Wochen.', 'de')).minimumTerm).toBe('P52W');
  });
});
