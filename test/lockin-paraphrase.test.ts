import { describe, expect, it } from 'vitest';
import { analyzeText } from '../src/analyze.js';
import { loadBuiltinRules } from '../src/rules/load.js';

/**
 * Paraphrase battery for the lock-in phrase rules (issue 13 §1): clauses written for this test in
 * our own words, in shapes the rule examples do not use (FAQ questions, headings that carry the
 * meaning, "we"/"you"/"the Member"/"der Kunde" as subject, passives, conditions split over two
 * sentences). Each case says which category must, or must not, be reported. The rules run alone
 * (no statistical model) so the battery measures the rules.
 *
 * KNOWN_GAPS lists wordings the rules still miss (or still flag wrongly): they run as expected
 * failures, so fixing one makes the test say so and the entry must move to the battery proper.
 */
type Category = 'cancellation-form' | 'termination-rights' | 'fees' | 'price-change' | 'existing-customer-parity';
type Language = 'de' | 'en';
interface Case {
  category: Category;
  language: Language;
  flag: boolean;
  text: string;
  jurisdiction?: string;
}

const cases: Case[] = [];
const add = (category: Category, language: Language, flag: boolean, texts: string[]) => {
  for (const text of texts) cases.push({ category, language, flag, text });
};

// ── cancellation form ────────────────────────────────────────────────────────────────────────────
add('cancellation-form', 'en', true, [
  'How do I cancel? Just call our member hotline on 0800 123 456, as cancellations are handled by phone only.',
  'To end your subscription, please ring our customer care team. We are unable to process cancellation requests sent by e-mail.',
  'The Member may terminate this agreement only by giving notice in person at the front desk of their home club.',
  'Cancellation requests must be sent by recorded delivery to the address below.',
  "A notice of cancellation is valid only if it carries the Member's original signature.",
  'If you wish to cancel, you must fill in and sign the cancellation form we supply and return it to us by post.',
  'Subscriptions bought through the App Store or Google Play can only be cancelled with the respective store.',
  'Cancellations are accepted through our mobile app only.',
  'You cannot cancel online. Please contact our support team by telephone to end your plan.',
  'Cancelling your membership: members who want to leave must come to their club and speak to a team member.',
  'Termination notices are effective only when delivered by certified mail, return receipt requested.',
  'We will only accept a cancellation that reaches us as a signed letter.',
  'To cancel, you have to phone us on 1-800-555-0100 during business hours.',
  'Requests to cancel that reach us via e-mail or a social network will not be processed.',
]);
add('cancellation-form', 'de', true, [
  'Die Kündigung ist ausschließlich schriftlich per Post an die Vertragsadresse zu richten.',
  'Kündigungen nehmen wir nur per Einschreiben entgegen.',
  'Das Mitglied kann nur persönlich an der Theke kündigen.',
  'Eine Kündigung in Textform genügt nicht.',
  'Wie kündige ich? Rufen Sie unsere Service-Hotline an, denn Kündigungen per E-Mail können wir leider nicht bearbeiten.',
  'Kündigungen sind nur über die App möglich.',
  'Die Kündigung erfolgt ausschließlich über das vom Studio bereitgestellte Kündigungsformular.',
  'Der Kunde muss die Kündigung persönlich im Studio abgeben.',
  'Die Kündigung muss uns im Original mit eigenhändiger Unterschrift vorliegen; eine Kopie oder ein Fax reicht nicht aus.',
  'Kündigung: nur per eingeschriebenem Brief.',
  'Wurde das Abonnement über einen App-Store abgeschlossen, kann es nur dort gekündigt werden.',
  'Eine Kündigung per E-Mail wird nicht akzeptiert.',
  'Mitglieder kündigen ausschließlich telefonisch über unsere Kündigungshotline.',
]);
add('cancellation-form', 'en', false, [
  'You may cancel online, by e-mail or by phone.',
  'You can end your plan at any time using the cancel button in your account.',
  'We will send you a reminder by post before your membership renews.',
  'Contact us by phone on 0800 123 456, by e-mail at help@example.com, or by post to 1 High Street.',
  'We may send notices to you by e-mail or by letter to the address you gave us.',
  'If you prefer, you can also cancel in person at the front desk or by sending us an e-mail.',
  'Questions about your bill? Call our hotline between 8 am and 8 pm.',
  'How do I cancel? You can cancel in the app, on our website, or by writing to us by e-mail.',
]);
add('cancellation-form', 'de', false, [
  'Die Kündigung bedarf der Textform (z. B. E-Mail).',
  'Sie können bequem über den Kündigungsbutton auf unserer Website kündigen (§ 312k BGB).',
  'Wir informieren Sie per Post über Änderungen des Vertrags.',
  'Kontakt: Telefon 030 1234567, E-Mail service@beispiel.de, Anschrift Hauptstraße 1, 10115 Berlin.',
  'Sie können per E-Mail, per Brief oder persönlich im Studio kündigen.',
  'Eine Kündigung ist auch telefonisch möglich; wir bestätigen sie Ihnen per E-Mail.',
  'Rechnungen erhalten Sie ausschließlich per E-Mail.',
]);

// ── termination rights ───────────────────────────────────────────────────────────────────────────
add('termination-rights', 'en', true, [
  'Once your annual plan has started, it cannot be cancelled before it ends.',
  'All payments are non-refundable, including for partially used months.',
  'We do not issue pro-rata refunds if you downgrade or cancel.',
  "If you cancel mid-term, you keep access until the end of your billing period, but we won't refund the remaining months.",
  'The Member may only cancel the agreement early for one of the following reasons: permanent injury, a move of more than 50 miles, or death.',
  'A request to cancel on medical grounds must come with a doctor’s letter stating the diagnosis.',
  'Your contract term will start again from the date of any upgrade.',
  'If you freeze your membership, your minimum term starts again when the freeze ends.',
  'Memberships run for a fixed term of 12 months and cannot be ended early.',
  'There is no right to cancel during the minimum period.',
  'Once paid, subscription fees will not be returned.',
  'You are committed to the full 12 months, whether or not you use the service.',
  'Refunds: we do not refund any part of a subscription period that has already begun.',
  'Members cannot leave before their agreed term is over, except where the law requires otherwise.',
]);
add('termination-rights', 'de', true, [
  'Eine anteilige Erstattung bereits gezahlter Beiträge findet nicht statt.',
  'Während der vereinbarten Laufzeit kann das Mitglied nicht kündigen.',
  'Der Vertrag ist vor Ablauf der Erstlaufzeit nicht ordentlich kündbar.',
  'Geleistete Zahlungen werden auch bei vorzeitiger Beendigung nicht zurückerstattet.',
  'Eine Sonderkündigung ist nur bei Krankheit von mehr als drei Monaten, Schwangerschaft oder Umzug über 50 km möglich.',
  'Eine Kündigung wegen Krankheit setzt ein ärztliches Attest voraus, aus dem die Diagnose hervorgeht.',
  'Nach einer Ruhezeit beginnt die Mindestlaufzeit von neuem.',
  'Mit jedem Upgrade auf einen höheren Tarif beginnt die Vertragslaufzeit neu.',
  'Keine anteilige Erstattung bei Kündigung.',
  'Der Kunde bleibt bis zum Ende der Laufzeit zur Zahlung der Beiträge verpflichtet, auch wenn er die Leistungen nicht mehr nutzt.',
  'Mitglieder können den Vertrag innerhalb der Mindestlaufzeit nicht beenden.',
  'Bereits entrichtete Jahresbeiträge verfallen bei einer Kündigung.',
]);
add('termination-rights', 'en', false, [
  'You have the right to withdraw from this contract within 14 days without giving any reason.',
  'If you cancel, we will refund the unused part of your subscription on a pro-rata basis.',
  'You can cancel at any time and your membership ends at the end of the current month.',
  'If we close the club permanently, we will refund any fees you paid in advance.',
  'Refunds are issued to the original payment method within 10 days.',
]);
add('termination-rights', 'de', false, [
  'Sie haben das Recht, binnen vierzehn Tagen ohne Angabe von Gründen diesen Vertrag zu widerrufen.',
  'Bei einer Kündigung erstatten wir im Voraus gezahlte Beiträge anteilig.',
  'Das Recht zur Kündigung aus wichtigem Grund bleibt unberührt.',
  'Ein ärztliches Attest ohne Angabe der Diagnose genügt.',
  'Sie können monatlich kündigen, auch während der ersten Monate.',
]);

// ── fees ─────────────────────────────────────────────────────────────────────────────────────────
add('fees', 'en', true, [
  'If you end the contract within the first year, an early termination fee of £60 applies.',
  'Should you leave before the minimum term ends, the remaining monthly charges become due immediately.',
  'On early cancellation the Customer shall pay all outstanding subscription fees up to the end of the Term.',
  'We charge a £25 administration fee for processing cancellations.',
  'A reactivation fee of €20 is charged if a cancelled membership is reinstated.',
  'In the event of early termination, we may claim liquidated damages equal to 50% of the remaining fees.',
  'Exit fee: $150 if you cancel during the first 24 months.',
  "You agree to pay a cancellation charge equal to two months' fees.",
  'Terminating before the end of your commitment means you will be billed for the remaining balance of the contract.',
  'Members who leave early must pay the monthly dues for every month left in their agreement.',
]);
add('fees', 'de', true, [
  'Bei vorzeitiger Kündigung wird die Restlaufzeit sofort fällig.',
  'Für die Bearbeitung einer Kündigung berechnen wir pauschal 15 Euro.',
  'Kündigt der Kunde vor Ablauf der Mindestlaufzeit, schuldet er die bis zum Vertragsende anfallenden Monatsbeiträge in einer Summe.',
  'Für die Wiederaufnahme einer ruhenden Mitgliedschaft wird eine Reaktivierungsgebühr von 29 € erhoben.',
  'Im Fall der vorzeitigen Vertragsauflösung zahlt das Mitglied eine pauschale Entschädigung von 100 Euro.',
  'Gerät das Mitglied mit zwei Monatsbeiträgen in Verzug, werden alle bis zum Laufzeitende ausstehenden Beiträge auf einmal fällig.',
  'Eine Bearbeitungsgebühr von 9,90 € fällt bei jeder Kündigung an.',
  'Der Anbieter kann in diesem Fall Schadensersatz in Höhe von 30 % der restlichen Entgelte verlangen.',
]);
add('fees', 'en', false, [
  'The monthly fee for the Premium plan is £9.99.',
  'Late payments bear interest at the statutory rate.',
  'There is no fee for cancelling your subscription.',
  'If a direct debit is returned unpaid, we pass on the bank charge of £5.',
  'You can cancel at any time and no further payments will be taken.',
]);
add('fees', 'de', false, [
  'Der monatliche Beitrag beträgt 29,90 €.',
  'Bei Zahlungsverzug berechnen wir Verzugszinsen in gesetzlicher Höhe.',
  'Die Kündigung ist kostenlos.',
  'Kündigt der Kunde vorzeitig, werden nur die bis dahin angefallenen Beiträge fällig.',
]);

// ── price change ─────────────────────────────────────────────────────────────────────────────────
add('price-change', 'en', true, [
  'We may adjust our fees at our reasonable discretion.',
  'Subscription prices are reviewed every year and adjusted in line with the Consumer Prices Index.',
  'Prices may change without notice.',
  'On renewal, you will be charged the then-current subscription rate.',
  'If you keep using the service after a price increase takes effect, you accept the new price.',
  'Your membership rate may go up each January by the rise in RPI plus 3%.',
  'We reserve the right to change our prices from time to time.',
  'Fees for renewal terms will be at our then-applicable list prices.',
  'The Company may increase the subscription fee to reflect increases in its costs.',
  'Pricing is subject to change at any time.',
  'Each renewal is billed at the price in force at that time.',
  "We may change the price of your plan; we'll tell you at least 30 days in advance and you may cancel before the new price applies.",
]);
add('price-change', 'de', true, [
  'Wir sind berechtigt, die Preise nach billigem Ermessen anzupassen.',
  'Die Entgelte werden jährlich entsprechend der Entwicklung des Verbraucherpreisindexes angepasst.',
  'Der Anbieter kann die Beiträge bei gestiegenen Kosten für Personal und Energie angemessen erhöhen.',
  'Preisänderungen bleiben vorbehalten.',
  'Nach Ablauf der Mindestlaufzeit gilt der dann aktuelle Monatsbeitrag laut Preisliste.',
  'Nutzt der Kunde den Dienst nach Inkrafttreten des neuen Preises weiter, gilt dieser als angenommen.',
  'Der Mitgliedsbeitrag kann einmal jährlich um bis zu 5 % erhöht werden.',
  'Preiserhöhungen teilen wir sechs Wochen vorher mit; der Kunde kann dann zum Zeitpunkt des Wirksamwerdens kündigen.',
  'Die Preise können sich ohne vorherige Ankündigung ändern.',
]);
add('price-change', 'en', false, [
  'The price of your plan is fixed for the whole minimum term.',
  'Prices include VAT at the current rate.',
  'Any price change will only apply if you agree to it.',
  'You may switch to a cheaper plan at any time.',
  'The price shown in the shop at the time you place your order applies.',
]);
add('price-change', 'de', false, [
  'Der Preis bleibt während der gesamten Laufzeit unverändert.',
  'Alle Preise verstehen sich inklusive der gesetzlichen Mehrwertsteuer.',
  'Eine Preiserhöhung wird nur wirksam, wenn Sie ihr ausdrücklich zustimmen.',
  'Sie können jederzeit in einen günstigeren Tarif wechseln.',
]);

// ── existing-customer parity ─────────────────────────────────────────────────────────────────────
add('existing-customer-parity', 'en', true, [
  'The 50% discount is available to new subscribers only.',
  'Introductory rate: £1 per month for the first three months, then £9.99 per month.',
  'This offer applies only to your first order.',
  'The reduced price applies to the first term only; renewals are charged at the standard rate.',
  'Offer valid for first-time members.',
  'Existing customers cannot take part in this promotion.',
  'New customers get the first year for $49; after that the plan renews at $99 per year.',
]);
add('existing-customer-parity', 'de', true, [
  'Der Neukundenrabatt von 20 % gilt nur im ersten Vertragsjahr.',
  'Das Angebot gilt nur für Neukunden.',
  'Die ersten drei Monate kosten 9,99 €, danach 29,99 € monatlich.',
  'Aktionspreis nur für Erstbesteller.',
  'Bestehende Abonnenten können dieses Angebot nicht nutzen.',
  'Im ersten Jahr zahlen Sie 4,99 € im Monat, ab dem 13. Monat gilt der reguläre Preis von 12,99 €.',
]);
add('existing-customer-parity', 'en', false, [
  'Existing members pay the same price as new members.',
  'The price is £10 per month.',
]);
add('existing-customer-parity', 'de', false, ['Bestandskunden erhalten dieselben Konditionen wie Neukunden.', 'Der Monatsbeitrag beträgt 19,90 €.']);

// ── second batch: shapes found after the first held-out measurement (written before any rule change) ──
add('cancellation-form', 'en', true, [
  'Cancellations must be made in person at reception and cannot be made by phone or email.',
  'Please note that we cannot cancel memberships over the phone.',
  'Verbal notice of cancellation will not be accepted.',
  'Your cancellation is only valid once your membership card has been returned to us.',
]);
add('cancellation-form', 'de', true, [
  'Die Kündigung ist nur wirksam, wenn die Mitgliedskarte zurückgegeben wird.',
  'Telefonische Kündigungen werden nicht angenommen.',
  'Mündliche Kündigungen sind unwirksam.',
  'Eine Kündigung kann nicht per E-Mail erfolgen.',
]);
add('cancellation-form', 'en', false, [
  'Cancellations can be made by phone, e-mail or in person at reception.',
  'Please return your access card when your membership ends.',
]);
add('cancellation-form', 'de', false, [
  'Kündigungen per E-Mail sind möglich.',
  'Sie können mündlich, telefonisch oder per E-Mail kündigen.',
]);
add('termination-rights', 'en', true, [
  'Subscriptions cannot be cancelled mid-term.',
  'An annual subscription can only be terminated with effect from the end of the subscription term.',
  'No refunds will be issued.',
  'The Member is liable for payments for the full duration of the membership.',
  'Fees paid are final and will not be credited back.',
]);
add('termination-rights', 'de', true, [
  'Das Abonnement ist während der Laufzeit unkündbar.',
  'Eine Erstattung ist nach Vertragsbeginn ausgeschlossen.',
  'Das Mitglied ist verpflichtet, die Beiträge für die gesamte Vertragsdauer zu zahlen, auch wenn es das Studio nicht besucht.',
]);
add('termination-rights', 'en', false, ['We will refund you in full if we cancel the service.', 'You can cancel your monthly plan at the end of any month.']);
add('termination-rights', 'de', false, ['Sie können Ihr Abo jederzeit zum Monatsende kündigen; zu viel gezahlte Beträge erstatten wir.']);
add('fees', 'en', true, [
  'Upon cancellation prior to the end of the minimum term, all outstanding fees for the remainder of the term will be invoiced.',
  'A fee will apply if you switch supplier before the end of your fixed term.',
  'If you terminate within the first 12 months, you must pay the balance of the contract.',
  'Early exit charges apply; see our price list.',
]);
add('fees', 'de', true, [
  'Bei einer Kündigung vor Ablauf der Vertragslaufzeit stellen wir die restlichen Monatsbeiträge in Rechnung.',
  'Für die Deaktivierung des Zugangs wird eine Gebühr von 9,90 € erhoben.',
]);
add('fees', 'en', false, ['You can switch supplier at any time without an exit fee.']);
add('fees', 'de', false, ['Bei einer Kündigung zum Laufzeitende fallen keine weiteren Kosten an.']);
add('price-change', 'en', true, [
  'Price adjustments will be communicated to you by e-mail.',
  'We will notify you in advance of any changes to the subscription price.',
  'Our prices are linked to wholesale energy costs and may go up or down.',
  'Prices are subject to periodic review.',
]);
add('price-change', 'de', true, [
  'Der Verlag behält sich Preisänderungen vor.',
  'Die Abonnementpreise werden jährlich überprüft und gegebenenfalls angepasst.',
]);
add('price-change', 'en', false, ['We will not change your price during your fixed term.', 'Wholesale energy costs rose sharply last winter.']);
add('price-change', 'de', false, ['Die Preise sind Festpreise für die gesamte Laufzeit.']);
add('existing-customer-parity', 'en', true, [
  'Returning customers are not eligible for the trial.',
  'Discounted pricing is available only at first sign-up.',
  'The promotional price ends after twelve months and the subscription then continues at the regular price.',
]);
add('existing-customer-parity', 'de', true, [
  'Nach Ablauf des Aktionszeitraums gilt der reguläre Preis.',
  'Bestandskunden profitieren nicht von diesem Angebot.',
]);
add('existing-customer-parity', 'en', false, ['The regular price is £12 per month.']);
add('existing-customer-parity', 'de', false, ['Auch Bestandskunden erhalten den Rabatt.']);

/** Wordings the rules still get wrong, by their text (expected failures; see the comment above). */
const KNOWN_GAPS = new Set<string>([
  'Bestandskunden profitieren nicht von diesem Angebot.',
  'Discounted pricing is available only at first sign-up.',
  'Returning customers are not eligible for the trial.',
  'An annual subscription can only be terminated with effect from the end of the subscription term.',
  'No refunds will be issued.',
]);

const rules = loadBuiltinRules();
async function categories(text: string, language: Language, jurisdiction?: string): Promise<Set<string>> {
  const { report } = await analyzeText(text, { language, jurisdiction: jurisdiction ?? (language === 'de' ? 'de' : 'uk'), rules, forceContract: true, model: false });
  return new Set(report.findings.map((f) => f.category));
}

describe('lock-in paraphrase battery', () => {
  it('is large enough to mean something and has no duplicates', () => {
    expect(cases.length).toBeGreaterThanOrEqual(100);
    expect(new Set(cases.map((c) => c.text)).size).toBe(cases.length);
    for (const gap of KNOWN_GAPS) expect(cases.some((c) => c.text === gap), gap).toBe(true);
  });
  for (const c of cases) {
    const name = `${c.flag ? 'flags' : 'does not flag'} ${c.category} (${c.language}): ${c.text}`;
    const check = async () => {
      const found = await categories(c.text, c.language, c.jurisdiction);
      expect(found.has(c.category)).toBe(c.flag);
    };
    if (KNOWN_GAPS.has(c.text)) it.fails(name, check);
    else it(name, check);
  }
});
