import type { Locale } from './locale.js';

/** Strings of the cancellation letter and the calendar reminder. */
const en = {
  'letter.subject': 'Cancellation of my {contract}{subjectId}',
  'letter.salutation': 'Dear Sir or Madam,',
  'letter.body': 'I hereby cancel my {contract}{contractDate}{idPart} with effect from {end}, or if that is not possible, at the earliest possible date.',
  'letter.bodyLaw': 'I hereby cancel my {contract}{contractDate}{idPart} with effect from {end}.',
  'letter.bodyNoDate': 'I hereby cancel my {contract}{contractDate}{idPart} at the earliest possible date.',
  'letter.bodyImmediate':
    'I hereby cancel my {contract}{contractDate}{idPart} without notice with immediate effect under § 312k(6) BGB, as your website does not offer a cancellation button; alternatively at the earliest possible date.',
  'letter.contractDate': ' dated {date}',
  'letter.alternative':
    'The clause {topic} in your terms does not bind me ({citation}), so the law allows the end on {lawEnd}. Should you disagree, this notice applies alternatively with effect from {contractEnd}, and failing that at the earliest possible date.',
  'letter.alternativeTopic.notice': 'on the notice period',
  'letter.alternativeTopic.renewal': 'on the renewal',
  'letter.confirm': 'Please confirm in writing that you have received this notice and the date on which the contract ends.',
  'letter.directDebit': 'I revoke any direct debit mandate with effect from the end of the contract.',
  'letter.closing': 'Yours faithfully,',
  'letter.contract.gym': 'membership',
  'letter.contract.telecom': 'mobile/telecoms contract',
  'letter.contract.other': 'contract',
  'letter.recipientUnknown': '[provider’s name and address]',
  'letter.place': '{date}',
  'letter.note.deadline': 'Send it so that it arrives by {deadline} (receipt counts, not the postmark).',
  'letter.note.form': 'The contract asks for a letter; keep proof of delivery.',
  'ics.summary': 'Cancel: {contract}, {source} (notice must arrive by {deadline})',
  'ics.description':
    'The notice must reach {provider} by {deadline} to end the contract on {end}.{letterHint}\nCreated by knebel from {source}.',
  'ics.letterHint': ' It must be a letter: allow for postal delivery.',
  'ics.alarm': 'Cancellation deadline {deadline}',
} as const;

const de: Record<keyof typeof en, string> = {
  'letter.subject': 'Kündigung meines {contract}s{subjectId}',
  'letter.salutation': 'Sehr geehrte Damen und Herren,',
  'letter.body': 'hiermit kündige ich meinen {contract}{contractDate}{idPart} fristgerecht zum {end}, hilfsweise zum nächstmöglichen Termin.',
  'letter.bodyLaw': 'hiermit kündige ich meinen {contract}{contractDate}{idPart} zum {end}.',
  'letter.bodyNoDate': 'hiermit kündige ich meinen {contract}{contractDate}{idPart} zum nächstmöglichen Termin.',
  'letter.bodyImmediate':
    'hiermit kündige ich meinen {contract}{contractDate}{idPart} fristlos mit sofortiger Wirkung nach § 312k Abs. 6 BGB, da Ihre Website keinen Kündigungsbutton bereitstellt, hilfsweise zum nächstmöglichen Termin.',
  'letter.contractDate': ' vom {date}',
  'letter.alternative':
    'Die Regelung Ihrer AGB {topic} ist unwirksam ({citation}); nach dem Gesetz ist daher der {lawEnd} möglich. Sollten Sie das anders sehen, gilt diese Kündigung hilfsweise zum {contractEnd}, äußerst hilfsweise zum nächstmöglichen Termin.',
  'letter.alternativeTopic.notice': 'zur Kündigungsfrist',
  'letter.alternativeTopic.renewal': 'zur Vertragsverlängerung',
  'letter.confirm': 'Bitte bestätigen Sie mir den Eingang dieser Kündigung und das Datum des Vertragsendes schriftlich.',
  'letter.directDebit': 'Ein erteiltes SEPA-Lastschriftmandat widerrufe ich zum Vertragsende.',
  'letter.closing': 'Mit freundlichen Grüßen',
  'letter.contract.gym': 'Mitgliedschaftsvertrag',
  'letter.contract.telecom': 'Mobilfunk-/Telekommunikationsvertrag',
  'letter.contract.other': 'Vertrag',
  'letter.recipientUnknown': '[Name und Anschrift des Anbieters]',
  'letter.place': '{date}',
  'letter.note.deadline': 'So abschicken, dass die Kündigung bis {deadline} ankommt (maßgeblich ist der Zugang, nicht der Poststempel).',
  'letter.note.form': 'Der Vertrag verlangt einen Brief; den Zugang nachweisbar machen.',
  'ics.summary': 'Kündigen: {contract}, {source} (muss bis {deadline} zugehen)',
  'ics.description': 'Die Kündigung muss {provider} bis {deadline} zugehen, damit der Vertrag am {end} endet.{letterHint}\nErstellt von knebel aus {source}.',
  'ics.letterHint': ' Es muss ein Brief sein: Postlaufzeit einplanen.',
  'ics.alarm': 'Kündigungsfrist {deadline}',
};

export const LETTER: Record<Locale, Record<keyof typeof en, string>> & { en: typeof en } = { en, de };
