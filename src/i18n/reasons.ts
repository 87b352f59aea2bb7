import type { Locale } from './locale.js';

/**
 * The letters for a special reason (`knebel letter --reason`): the body, the legal basis it cites,
 * and when it does not apply (printed as a note beside the letter, never inside it).
 */
const en = {
  'reason.subject.move': 'Cancellation of my {contract} because of a move',
  'reason.subject.price-increase': 'Cancellation of my {contract} because of the price increase',
  'reason.subject.withdrawal': 'Withdrawal from my {contract}',
  'reason.subject.extraordinary': 'Termination of my {contract} for good cause',
  'reason.body.move':
    'I hereby cancel my {contract}{contractDate}{idPart} because I am moving and you do not provide the service at my new address. Under {citation} the contract ends one month after this notice reaches you, on {end} if it arrives today; alternatively at the earliest possible date.',
  'reason.body.price-increase':
    'I do not agree to the price increase you announced and hereby cancel my {contract}{contractDate}{idPart} with effect from the day the new price would apply ({citation}); alternatively at the earliest possible date.',
  'reason.body.withdrawal':
    'I hereby withdraw from the contract I concluded with you{contractDate}{idPart} ({citation}). Please refund all payments within 14 days.',
  'reason.body.extraordinary':
    'I hereby terminate my {contract}{contractDate}{idPart} for good cause with immediate effect ({citation}). The reason: [describe the reason, e.g. an illness that makes using the service impossible; a certificate without diagnosis is enclosed]. Alternatively, this letter cancels the contract at the earliest possible date.',
  'reason.basis.move.telecom': '§ 60 Abs. 2 TKG',
  'reason.basis.price-increase.telecom': '§ 57 Abs. 1 TKG',
  'reason.basis.price-increase.contract': 'the special termination right in your terms',
  'reason.basis.withdrawal.de': '§§ 312g, 355 BGB',
  'reason.basis.withdrawal.uk': 'Consumer Contracts Regulations 2013, reg. 29–30',
  'reason.basis.withdrawal.eu': 'Art. 9 Directive 2011/83/EU',
  'reason.basis.extraordinary.de': '§ 314 BGB',
  'reason.basis.extraordinary.other': 'good cause',
  'reason.note.move.telecom':
    'Basis: {citation}. It applies only when the provider cannot offer the same service at your new address; if it can, the contract moves with you. Name the move date and the new address.',
  'reason.note.move.notTelecom':
    'A move is not a legal reason to end this kind of contract early (for gyms: BGH, XII ZR 62/15). Send this letter only if your contract itself grants a right to cancel on moving; otherwise the ordinary notice applies.',
  'reason.note.price-increase.telecom':
    'Basis: {citation}. You can cancel without notice and free of charge within three months after the provider informed you of the change, unless the change only benefits you or is required by law.',
  'reason.note.price-increase.contract':
    'Basis: your contract grants a right to cancel when the price rises. Send the letter before the new price takes effect.',
  'reason.note.price-increase.none':
    'Neither the law knebel knows nor this contract gives a special right to cancel on a price increase. The letter objects to the increase; an increase under a void clause does not bind you (§ 307 BGB), but the contract may continue at the old price until the ordinary end.',
  'reason.note.withdrawal':
    'Basis: {citation}. The withdrawal period is 14 days from conclusion (for goods: from delivery) and applies to contracts concluded online, by phone or away from business premises, not to contracts signed in the shop.',
  'reason.note.withdrawal.late':
    'The contract was concluded on {date}, more than 14 days ago: the withdrawal period has probably ended. It runs for up to 12 months and 14 days only if the provider did not inform you of your right to withdraw.',
  'reason.note.withdrawal.noLaw': 'knebel knows no statutory withdrawal right for {jurisdiction}; send this letter only if your contract grants one.',
  'reason.note.extraordinary.de':
    'Basis: {citation}. Good cause means continuing until the agreed end is unreasonable for you (e.g. a lasting illness that rules out use); declare it within a reasonable time after learning of the reason. A move is not good cause for a gym (BGH, XII ZR 62/15). Terms cannot exclude this right.',
  'reason.note.extraordinary.other':
    'knebel knows no statutory rule for {jurisdiction} that names good cause; the letter relies on the general right to end a contract the provider has seriously breached, or on your terms.',
} as const;

const de: Record<keyof typeof en, string> = {
  'reason.subject.move': 'Kündigung meines {contract}s wegen Umzugs',
  'reason.subject.price-increase': 'Kündigung meines {contract}s wegen der Preiserhöhung',
  'reason.subject.withdrawal': 'Widerruf meines {contract}s',
  'reason.subject.extraordinary': 'Außerordentliche Kündigung meines {contract}s aus wichtigem Grund',
  'reason.body.move':
    'hiermit kündige ich meinen {contract}{contractDate}{idPart}, weil ich umziehe und Sie die vertragliche Leistung an meiner neuen Anschrift nicht anbieten. Nach {citation} endet der Vertrag einen Monat nach Zugang dieser Kündigung, bei Zugang heute am {end}; hilfsweise kündige ich zum nächstmöglichen Termin.',
  'reason.body.price-increase':
    'der von Ihnen angekündigten Preiserhöhung stimme ich nicht zu und kündige hiermit meinen {contract}{contractDate}{idPart} zu dem Tag, an dem der neue Preis gelten soll ({citation}); hilfsweise zum nächstmöglichen Termin.',
  'reason.body.withdrawal':
    'hiermit widerrufe ich den mit Ihnen geschlossenen Vertrag{contractDate}{idPart} ({citation}). Bitte erstatten Sie alle Zahlungen innerhalb von 14 Tagen.',
  'reason.body.extraordinary':
    'hiermit kündige ich meinen {contract}{contractDate}{idPart} außerordentlich aus wichtigem Grund mit sofortiger Wirkung ({citation}). Der Grund: [Grund beschreiben, z. B. eine Erkrankung, die die Nutzung unmöglich macht; eine ärztliche Bescheinigung ohne Diagnose liegt bei]. Hilfsweise gilt dieses Schreiben als Kündigung zum nächstmöglichen Termin.',
  'reason.basis.move.telecom': '§ 60 Abs. 2 TKG',
  'reason.basis.price-increase.telecom': '§ 57 Abs. 1 TKG',
  'reason.basis.price-increase.contract': 'Sonderkündigungsrecht laut Ihren AGB',
  'reason.basis.withdrawal.de': '§§ 312g, 355 BGB',
  'reason.basis.withdrawal.uk': 'Consumer Contracts Regulations 2013, reg. 29–30',
  'reason.basis.withdrawal.eu': 'Art. 9 Richtlinie 2011/83/EU',
  'reason.basis.extraordinary.de': '§ 314 BGB',
  'reason.basis.extraordinary.other': 'wichtiger Grund',
  'reason.note.move.telecom':
    'Grundlage: {citation}. Gilt nur, wenn der Anbieter dieselbe Leistung an der neuen Anschrift nicht anbieten kann; kann er es, zieht der Vertrag mit um. Umzugsdatum und neue Anschrift angeben.',
  'reason.note.move.notTelecom':
    'Ein Umzug ist für diese Art Vertrag kein gesetzlicher Grund für eine vorzeitige Kündigung (Fitnessstudio: BGH, XII ZR 62/15). Diesen Brief nur schicken, wenn Ihr Vertrag selbst ein Kündigungsrecht bei Umzug gibt; sonst gilt die ordentliche Frist.',
  'reason.note.price-increase.telecom':
    'Grundlage: {citation}. Sie können innerhalb von drei Monaten, nachdem der Anbieter Sie über die Änderung informiert hat, ohne Frist und kostenlos kündigen, außer die Änderung ist ausschließlich vorteilhaft oder gesetzlich vorgeschrieben.',
  'reason.note.price-increase.contract': 'Grundlage: Ihr Vertrag gibt ein Kündigungsrecht bei Preiserhöhungen. Den Brief abschicken, bevor der neue Preis gilt.',
  'reason.note.price-increase.none':
    'Weder ein Gesetz, das knebel kennt, noch dieser Vertrag gibt ein Sonderkündigungsrecht bei Preiserhöhung. Der Brief widerspricht der Erhöhung; eine Erhöhung auf Grund einer unwirksamen Klausel bindet Sie nicht (§ 307 BGB), der Vertrag kann aber zum alten Preis bis zum ordentlichen Ende weiterlaufen.',
  'reason.note.withdrawal':
    'Grundlage: {citation}. Die Widerrufsfrist beträgt 14 Tage ab Vertragsschluss (bei Waren ab Lieferung) und gilt für Verträge, die online, am Telefon oder außerhalb von Geschäftsräumen geschlossen wurden, nicht für Verträge, die im Laden unterschrieben wurden.',
  'reason.note.withdrawal.late':
    'Der Vertrag wurde am {date} geschlossen, vor mehr als 14 Tagen: die Widerrufsfrist ist wahrscheinlich abgelaufen. Sie läuft nur dann bis zu 12 Monate und 14 Tage, wenn der Anbieter Sie nicht über das Widerrufsrecht belehrt hat.',
  'reason.note.withdrawal.noLaw': 'knebel kennt für {jurisdiction} kein gesetzliches Widerrufsrecht; diesen Brief nur schicken, wenn Ihr Vertrag eines gibt.',
  'reason.note.extraordinary.de':
    'Grundlage: {citation}. Ein wichtiger Grund liegt vor, wenn Ihnen das Festhalten bis zum vereinbarten Ende nicht zumutbar ist (z. B. eine dauerhafte Erkrankung, die die Nutzung ausschließt); innerhalb angemessener Zeit nach Kenntnis des Grundes kündigen. Ein Umzug ist bei Fitnessstudios kein wichtiger Grund (BGH, XII ZR 62/15). AGB können dieses Recht nicht ausschließen.',
  'reason.note.extraordinary.other':
    'knebel kennt für {jurisdiction} keine gesetzliche Regel zum wichtigen Grund; der Brief stützt sich auf das allgemeine Recht, einen Vertrag zu beenden, den der Anbieter schwer verletzt hat, oder auf Ihre AGB.',
};

export const LETTER_REASONS: Record<Locale, Record<keyof typeof en, string>> & { en: typeof en } = { en, de };
