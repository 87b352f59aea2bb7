import type { Case, Expect } from './facts-paraphrase-cases.js';

/**
 * The battery's second round: shapes of consumer terms pages (plan lists and pricing tables,
 * store subscriptions, prepaid plans that simply end, weeks and days, reminders that are not
 * notice periods), again written for this test.
 */

const NONE: Expect = { m: null, r: null, n: null };

export const planLists: Case[] = [
  ['Choose between a 1-month, 6-month or 2-year plan.', 'en', { m: 'P2Y' }],
  ['Subscription periods: 1 month, 12 months or 24 months.', 'en', { m: 'P24M' }],
  ['Tarife gibt es mit 1, 12 oder 24 Monaten Laufzeit.', 'de', { m: 'P24M' }],
  ['Wählbar sind Laufzeiten von 6, 12 und 24 Monaten.', 'de', { m: 'P24M' }],
  ['The 3-year plan is paid upfront for the full 36 months.', 'en', { m: 'P36M' }],
  ['Paket | Laufzeit | Preis\nBasic | 12 Monate | 19,90 €\nPremium | 24 Monate | 29,90 €', 'de', { m: 'P24M' }],
  ['Membership options: Monthly (no commitment) or Annual (12-month commitment).', 'en', { m: 'P12M' }],
  ['Pay for two years in advance with our 2-year plan and save.', 'en', { m: 'P2Y' }],
  ['Plan | Length | Price\nStarter | 1 month | $12\nPro | 12 months | $99', 'en', { m: 'P12M' }],
];

export const samePeriod2: Case[] = [
  ['Your subscription will automatically renew at the end of each subscription period unless you cancel.', 'en', { a: true, r: 'same-as-initial' }],
  ['Paid memberships renew for the same package length at the then-current rate.', 'en', { a: true, r: 'same-as-initial' }],
  ['When your subscription period ends, it is renewed for a period of the same length.', 'en', { a: true, r: 'same-as-initial' }],
  ['If you bought a 6-month package, it will renew for another 6 months.', 'en', { a: true, r: 'P6M' }],
  ['Subscriptions bought in the app store renew automatically unless auto-renew is turned off at least 24 hours before the end of the current period.', 'en', { a: true, r: 'same-as-initial', n: 'P1D' }],
  ['Unless you cancel, we will charge you again at the start of every billing period.', 'en', { a: true, r: 'same-as-initial' }],
  ['Das Abonnement verlängert sich automatisch um die Laufzeit des gewählten Pakets.', 'de', { a: true, r: 'same-as-initial' }],
  ['Das Abo wird zum Ende des Bezugszeitraums automatisch um einen gleich langen Zeitraum verlängert.', 'de', { a: true, r: 'same-as-initial' }],
  ['Die Laufzeit verlängert sich um die Dauer des zuletzt gebuchten Zeitraums, wenn Sie nicht kündigen.', 'de', { a: true, r: 'same-as-initial' }],
  ['Die Mitgliedschaft verlängert sich jeweils um die vereinbarte Verlängerungszeit, sofern nicht gekündigt wird.', 'de', { a: true }],
  ['Each subscription automatically renews for a term identical to the one you purchased.', 'en', { a: true, r: 'same-as-initial' }],
  ['Your Pro plan is renewed at the end of its billing cycle for another billing cycle of the same duration.', 'en', { a: true, r: 'same-as-initial' }],
];

export const endsByItself: Case[] = [
  ['Das Guthabenpaket endet automatisch nach 30 Tagen und muss neu gebucht werden.', 'de', { a: false }],
  ['The subscription ends at the end of the paid period unless you renew it manually.', 'en', { a: false }],
  ['Ihr Abonnement endet mit Ablauf der Bezugszeit; einer Kündigung bedarf es nicht.', 'de', { a: false }],
  ['Access expires after 12 months. To keep using the service, you need to buy a new licence.', 'en', { a: false }],
  ['Das Jahresabo endet nach zwölf Monaten von selbst.', 'de', { a: false }],
  ['This is a one-time payment; your pass simply expires and is never renewed automatically.', 'en', { a: false }],
  ['If you renew your membership at the front desk, you get a discount.', 'en', { a: null, r: null }],
  ['Die Verlängerung des Mitgliedsausweises kostet 5 €.', 'de', { a: null, r: null }],
];

export const weeksAndDays: Case[] = [
  ['Die Mindestlaufzeit beträgt 26 Wochen.', 'de', { m: 'P26W' }],
  ['The minimum term is 52 weeks.', 'en', { m: 'P52W' }],
  ['Der Vertrag läuft über 104 Wochen.', 'de', { m: 'P104W' }],
  ['The membership term is 365 days.', 'en', { m: 'P365D' }],
];

export const notice2: Case[] = [
  ['You can cancel your subscription up to 24 hours before it renews.', 'en', { n: 'P1D' }],
  ['Cancel at least one day before your next billing date to avoid being charged.', 'en', { n: 'P1D' }],
  ['Die Kündigung muss bis spätestens einen Monat vor Vertragsende bei uns eingegangen sein.', 'de', { n: 'P1M' }],
  ['Sie können mit einmonatiger Frist zum Monatsende kündigen.', 'de', { n: 'P1M' }],
  ['Die Kündigung ist unter Einhaltung einer Frist von vier Wochen zum Ende der jeweiligen Laufzeit möglich.', 'de', { n: 'P4W' }],
  ['Kündigungsfrist: 1 Monat zum Ende der Mindestlaufzeit, danach monatlich.', 'de', { n: 'P1M' }],
  ['Notice to terminate must be given no less than 30 days before the end of the billing month.', 'en', { n: 'P30D' }],
  ['You need to let us know 30 days before you want your membership to end.', 'en', { n: 'P30D' }],
  ["If you want to leave, you'll need to give one full month's notice.", 'en', { n: 'P1M' }],
  ['Written notice of at least 3 months is required to cancel.', 'en', { n: 'P3M' }],
  ['The notice period for termination is four (4) weeks.', 'en', { n: 'P4W' }],
  ['Die ordentliche Kündigung bedarf einer Frist von sechs Wochen.', 'de', { n: 'P6W' }],
  ['Die Kündigung wird wirksam, wenn sie mindestens 30 Tage vor Ablauf eingeht.', 'de', { n: 'P30D' }],
  ['Sie können Ihr Abo bis 7 Tage vor der Verlängerung beenden.', 'de', { n: 'P7D' }],
];

export const minimum2: Case[] = [
  ['Membership is a 12 month commitment.', 'en', { m: 'P12M' }],
  ['All memberships require a minimum commitment of 6 months.', 'en', { m: 'P6M' }],
  ['Unsere Verträge haben eine Laufzeit von 24 Monaten.', 'de', { m: 'P24M' }],
  ['Der Vertrag wird für zwölf Monate fest abgeschlossen.', 'de', { m: 'P12M' }],
  ['Das Abonnement wird für ein Jahr abgeschlossen.', 'de', { m: 'P1Y' }],
  ['You agree to remain a member for at least 12 months.', 'en', { m: 'P12M' }],
  ['Das Mitglied bindet sich für mindestens 12 Monate.', 'de', { m: 'P12M' }],
  ["You're signing a 24-month agreement.", 'en', { m: 'P24M' }],
  ['This is an 18 month contract.', 'en', { m: 'P18M' }],
  ['Initial Term: thirty-six (36) months from the Start Date.', 'en', { m: 'P36M' }],
  ['The term of this subscription begins on the start date and ends twelve (12) months later.', 'en', { m: 'P12M' }],
  ['Plan summary\nDuration: one year from signature\nPayment: monthly', 'en', { m: 'P1Y' }],
  ['Tarifdetails\nVertragsdauer: 12 Monate ab Aktivierung\nZahlung: monatlich', 'de', { m: 'P12M' }],
  ['Die Mitgliedschaft kann frühestens nach Ablauf von 12 Monaten gekündigt werden.', 'de', { m: 'P12M' }],
  ['You can only cancel once you have been a member for 6 months.', 'en', { m: 'P6M' }],
];

export const nearMisses2: Case[] = [
  ['Your first 3 months are free.', 'en', NONE],
  ['The introductory price applies for the first 12 months.', 'en', NONE],
  ['Der Neukundenrabatt gilt für die ersten sechs Monate.', 'de', NONE],
  ['The 30-day money-back guarantee applies to all plans.', 'en', NONE],
  ['Accounts left inactive for 12 months may be deleted.', 'en', NONE],
  ["We may change our prices with 30 days' notice.", 'en', NONE],
  ['Bei Zahlungsverzug von mehr als 2 Monaten kann das Studio fristlos kündigen.', 'de', NONE],
  ['The club may close for up to 2 weeks a year for maintenance.', 'en', NONE],
  ['Die Kündigung durch uns erfolgt mit einer Frist von 4 Wochen.', 'de', NONE],
  ['You must be at least 18 years old to open an account.', 'en', NONE],
  ['Kinder unter 14 Jahren dürfen nur in Begleitung trainieren.', 'de', NONE],
  ['Support tickets are answered within 2 business days.', 'en', NONE],
  ['We send a reminder 30 days before your subscription renews.', 'en', { n: null }],
  ['We will email you 7 days before your free trial ends.', 'en', { n: null }],
  ['Wir erinnern Sie vier Wochen vor Ablauf der Laufzeit an die Verlängerung.', 'de', { n: null }],
];

const ROLLING = ['indefinite', 'P1M'];

/** How particular trades word it: tacit renewal in translated terms, app stores, energy, Swiss AGB, gyms, dating, SaaS. */
export const trades: Case[] = [
  ['The subscription is renewed by tacit agreement for the same period unless terminated.', 'en', { a: true, r: 'same-as-initial' }],
  ['Subscriptions are tacitly renewable for successive periods identical to the initial one.', 'en', { a: true, r: 'same-as-initial' }],
  ['The contract is renewable by tacit agreement for one-year periods.', 'en', { a: true, r: 'P1Y' }],
  ['Payment is taken from your store account when you confirm the purchase. The subscription renews unless auto-renew is turned off at least 24 hours before the end of the current period.', 'en', { a: true, r: 'same-as-initial', n: 'P1D' }],
  ['Your account will be charged for renewal within 24 hours prior to the end of the current period.', 'en', { n: null }],
  ['At the end of your fixed term contract you will be moved onto our standard variable tariff unless you choose a new plan.', 'en', { a: true, r: 'indefinite' }],
  ["You can switch supplier at any time by giving us 14 days' notice.", 'en', { n: 'P14D' }],
  ['Your fixed price contract runs for 12 months from the supply start date.', 'en', { m: 'P12M' }],
  ['Die Kündigung ist unter Einhaltung einer Frist von 30 Tagen auf das Ende der Abonnementsdauer möglich.', 'de', { n: 'P30D' }],
  ['Das Jahresabo verlängert sich automatisch um ein weiteres Jahr, sofern es nicht vorher gekündigt wird.', 'de', { a: true, r: 'P1Y' }],
  ['Das Abo erneuert sich automatisch.', 'de', { a: true, r: 'same-as-initial' }],
  ['Das Abonnement verlängert sich automatisch um die jeweils gewählte Laufzeit (ein Monat oder zwölf Monate), sofern es nicht gekündigt wird.', 'de', { a: true, r: ['same-as-initial', 'P12M'] }],
  ['Die Premium-Mitgliedschaft wird automatisch um den gebuchten Zeitraum verlängert.', 'de', { a: true, r: 'same-as-initial' }],
  ['Wird nicht spätestens 14 Tage vor Ablauf gekündigt, verlängert sich der Vertrag um die gleiche Laufzeit.', 'de', { a: true, r: 'same-as-initial', n: 'P14D' }],
  ['Nach Ablauf der Erstlaufzeit verlängert sich die Mitgliedschaft auf unbestimmte Zeit und ist mit einer Frist von einem Monat kündbar.', 'de', { m: null, a: true, r: 'indefinite', n: 'P1M' }],
  ['Die Erstlaufzeit ergibt sich aus dem gewählten Tarif.', 'de', { m: null }],
  ['Die Mitgliedschaft ist erstmals zum Ende der Erstlaufzeit kündbar.', 'de', { m: null, n: null }],
  ['Beiträge sind monatlich im Voraus zu zahlen; die Laufzeit beträgt mindestens 12 Monate.', 'de', { m: 'P12M' }],
  ['Kündigungen müssen spätestens 4 Wochen vor Vertragsende in Textform vorliegen.', 'de', { n: 'P4W' }],
  ['Eine Kündigung ist erstmals zum Ablauf der Mindestlaufzeit von 24 Monaten möglich, danach monatlich.', 'de', { m: 'P24M' }],
  ['This is a 12-month agreement. After the initial 12 months, your membership will continue on a month-to-month basis until cancelled.', 'en', { m: 'P12M', a: true, r: ROLLING }],
  ['To cancel, you must provide 30 days written notice to the club.', 'en', { n: 'P30D' }],
  ["Cancellation requires thirty (30) days' written notice, delivered in person or by certified mail.", 'en', { n: 'P30D' }],
  ['If you purchase an auto-recurring subscription, your account will be charged automatically for the same duration at the same price until you cancel.', 'en', { a: true, r: 'same-as-initial' }],
  ['Plus memberships are extended by the period originally booked unless you cancel them beforehand.', 'en', { a: true, r: 'same-as-initial' }],
  ['You can cancel your subscription at any time, but there are no refunds for the remaining term.', 'en', { n: null, m: null }],
  ['Your subscription renews at the end of each subscription term unless you turn off recurring billing.', 'en', { a: true, r: 'same-as-initial' }],
  ['If your offer includes a trial period, it converts to a paid subscription unless you cancel before the trial ends.', 'en', { a: true }],
  ['Annual plans renew for another year; monthly plans renew for another month.', 'en', { a: true, r: 'P1Y' }],
  ['We will notify you by email at least 30 days before an annual subscription renews.', 'en', { n: null }],
  ['You will be charged the subscription fee at the start of every billing period until you cancel.', 'en', { a: true, r: 'same-as-initial' }],
  ['The premium membership is extended automatically by the initially agreed term unless cancelled.', 'en', { a: true, r: 'same-as-initial' }],
  ['We do not sell subscriptions: you add time to your account, and when it runs out, the service stops.', 'en', { a: false }],
];

/** German verb-second and verb-first order: the subject (often a pronoun) between the verb and "sich". */
export const germanWordOrder: Case[] = [
  ['Wird die Mitgliedschaft nicht spätestens drei Monate vor Ablauf gekündigt, verlängert sie sich jeweils um weitere zwölf Monate.', 'de', { a: true, r: 'P12M', n: 'P3M' }],
  ['Kündigt keine Seite rechtzeitig, so verlängert er sich um ein weiteres Jahr.', 'de', { a: true, r: 'P1Y' }],
  ['Der Vertrag läuft zunächst sechs Monate. Danach verlängert er sich jeweils um einen Monat.', 'de', { m: 'P6M', a: true, r: 'P1M' }],
  ['Erfolgt bis sechs Wochen vor Laufzeitende keine Kündigung, so verlängert es sich um weitere sechs Monate.', 'de', { a: true, r: 'P6M', n: 'P6W' }],
  ['Wird das Abonnement nicht gekündigt, verlängert es sich stillschweigend um die ursprünglich vereinbarte Laufzeit.', 'de', { a: true, r: 'same-as-initial' }],
  ['Das Abonnement läuft ein Jahr; anschließend verlängert dieses sich automatisch um jeweils ein weiteres Jahr.', 'de', { m: 'P1Y', a: true, r: 'P1Y' }],
  ['Die Mitgliedschaft wird sich um jeweils zwölf Monate verlängern, falls sie nicht fristgerecht gekündigt wird.', 'de', { a: true, r: 'P12M' }],
  ['Der Vertrag wird sich automatisch um ein Jahr verlängern, wenn der Kunde ihn nicht drei Monate vorher kündigt.', 'de', { a: true, r: 'P1Y', n: 'P3M' }],
  ['Nach Ablauf der Laufzeit verlängert er sich nicht, sondern endet von selbst.', 'de', { a: false }],
  ['Nach der Erstlaufzeit verlängert sich der Vertrag quartalsweise.', 'de', { a: true, r: 'P3M' }],
  ['Danach verlängert sich das Abonnement halbjährlich.', 'de', { a: true, r: 'P6M' }],
  ['Nach Ablauf der Erstlaufzeit wird der Vertrag auf monatlicher Basis fortgeführt.', 'de', { a: true, r: 'P1M' }],
  ['Die Frist für eine Kündigung beträgt vier Wochen.', 'de', { n: 'P4W' }],
  ['Die Lieferfrist verlängert sich um die Dauer der Störung.', 'de', { a: null, r: null }],
  ['Die Lieferzeit verlängert sich danach um die Dauer der Verzögerung.', 'de', { a: null, r: null }],
  ['Kommt es zu einer Störung, verlängert sich die Frist anschließend entsprechend.', 'de', { a: null }],
  ['Die Gewährleistungsfrist verlängert sich im Anschluss um die Dauer der Reparatur.', 'de', { a: null, r: null }],
  ['Die Lieferzeit verlängert sich entsprechend, wenn die Ware nicht vorrätig ist.', 'de', { a: null, r: null }],
  ['Die Lieferzeit wird sich um zwei Wochen verlängern, wenn die Ware nicht vorrätig ist.', 'de', { a: null, r: null }],
  ['Die Lieferfrist verlängert sich um zwei Wochen, wenn die Ware nicht vorrätig ist.', 'de', { a: null, r: null }],
  ['Danach wird die Lieferung fortgesetzt, sobald die Zahlung eingegangen ist.', 'de', { a: null }],
  ['You must notify us of your intent to cancel no later than thirty days prior to your renewal date.', 'en', { n: 'P30D' }],
  ['Memberships are continuous and will be billed annually until cancelled.', 'en', { a: true, r: 'P1Y' }],
  ['Your annual plan renews on each anniversary of your purchase date.', 'en', { a: true, r: 'P1Y' }],
  ['You can renew your licence on each anniversary of the purchase date if you wish.', 'en', { a: [null, false] }],
  ['Wird der Kurs nicht gekündigt, endet er trotzdem mit dem letzten Termin; er verlängert sich nicht.', 'de', { a: false }],
];

export const BATTERY2: Record<string, Case[]> = { planLists, samePeriod2, endsByItself, weeksAndDays, notice2, minimum2, nearMisses2, trades, germanWordOrder };
