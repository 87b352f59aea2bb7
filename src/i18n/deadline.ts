import type { Locale } from './locale.js';

/**
 * Every user-facing string of `knebel deadline`, `knebel letter` and the calendar reminder, in
 * both languages. English defines the keys; German must have every one (checked by tsc and by
 * test/i18n.test.ts, which also checks that both use the same {placeholders}).
 */
const en = {
  // dates
  'month.1': 'January',
  'month.2': 'February',
  'month.3': 'March',
  'month.4': 'April',
  'month.5': 'May',
  'month.6': 'June',
  'month.7': 'July',
  'month.8': 'August',
  'month.9': 'September',
  'month.10': 'October',
  'month.11': 'November',
  'month.12': 'December',
  'weekday.1': 'Monday',
  'weekday.2': 'Tuesday',
  'weekday.3': 'Wednesday',
  'weekday.4': 'Thursday',
  'weekday.5': 'Friday',
  'weekday.6': 'Saturday',
  'weekday.7': 'Sunday',
  'date.format': '{day} {month} {year}',

  // deadline: headings and summary
  'deadline.title': 'Cancellation deadlines',
  'deadline.start': 'Start of the contract',
  'deadline.startFromDocument': '{date} (from the contract)',
  'deadline.startFromOption': '{date} (--start)',
  'deadline.today': 'Today',
  'deadline.earliestEnd': 'Earliest possible end',
  'deadline.noticeDeadline': 'Notice must arrive by',
  'deadline.noNoticeNeeded': 'no notice needed',
  'deadline.basis': 'Based on',
  'deadline.basis.contract': 'the contract',
  'deadline.basis.law': 'the law (the clause does not bind you)',
  'deadline.steps': 'How this was computed',
  'deadline.periods': 'Current and next periods',
  'deadline.column.end': 'ends',
  'deadline.column.deadline': 'notice must arrive by',
  'deadline.missed': 'missed',
  'deadline.ics.written': 'Calendar reminder written to {file} (on {date}, {days} days before the deadline).',

  // deadline: the steps
  'step.noticeRule':
    'Notice period {notice} before the end of the term. What counts is the day the notice reaches {provider}, not the day it is sent; the period is counted back from the last day of the term and must lie wholly between the day of receipt and the end.',
  'step.noticeRuleAnytime':
    'The contract can be ended on any day with {notice} notice: it ends {notice} after the day the notice reaches {provider}.',
  'step.noticeRuleAnchored': 'Notice period {notice} to the end of a {anchor}: the contract can end only on the last day of a {anchor}, and the notice must arrive {notice} before it.',
  'step.initial': 'Minimum term {term} from {start} → ends on {end}; the notice must arrive by {deadline}',
  'step.renewal': 'Renewal by {term} from {start} → ends on {end}; the notice must arrive by {deadline}',
  'step.initialMissed': 'Minimum term {term} from {start} → ends on {end}; the notice would have had to arrive by {deadline} (missed)',
  'step.renewalMissed': 'Renewal by {term} from {start} → ends on {end}; the notice would have had to arrive by {deadline} (missed)',
  'step.endsByItself': 'Minimum term {term} from {start} → the contract ends on {end} by itself: it does not renew, so no notice is needed.',
  'step.ended': 'The contract ended on {end}.',
  'step.openNotice': 'After the first term the contract names a different notice period: {notice}.',
  'step.open': 'After that, the contract runs for an indefinite period: a notice that arrives on {deadline} ends it on {end}; any later day works the same way.',
  'step.openFromStart': 'There is no minimum term: a notice that arrives on {deadline} ends the contract on {end}; any later day works the same way.',
  'step.openAnchored': 'End of {anchor} {end}: the notice must arrive by {deadline}',
  'step.renewalUnknown': 'The contract does not say how long it renews for after the minimum term; only the minimum term could be computed.',
  'step.noMinimumAssumed': 'The contract states no minimum term but says it can be cancelled at any time: computed without a minimum term.',
  'step.result': 'Result: the earliest possible end is {end} ({basis}); the notice must reach {provider} by {deadline}.',
  'step.resultEndsByItself': 'Result: the contract ends on {end} without notice.',
  'step.resultEnded': 'Result: the contract already ended on {end}.',
  'step.resultImmediate': 'Result: you can cancel today, {end}, without notice ({basis}).',
  'step.receipt': 'What counts is receipt: send the notice early enough to arrive by {deadline}. The contract asks for a letter, so allow for postal delivery (often 1–3 working days, registered post longer).',
  'step.receiptElectronic': 'What counts is receipt: a notice by e-mail or via the website arrives the same day; keep the confirmation.',
  'step.weekend': '{deadline} is a {weekday}. The deadline does not move to the next working day: make sure the notice arrives before.',
  'step.weekendDe': '{deadline} is a {weekday}. The deadline does not move to the next working day (§ 193 BGB does not apply to notice periods): make sure the notice arrives before.',
  'step.conflict': 'The contract is not consistent here: {warning}',
  'step.basis.contract': 'under the contract',
  'step.basis.law': 'by law',

  // units and anchors
  'anchor.month-end': 'month',
  'anchor.quarter-end': 'quarter',
  'anchor.year-end': 'calendar year',
  'provider.generic': 'the provider',

  // the law
  'law.title': 'What the law says',
  'law.likely': 'likely ',
  'law.clear': '',
  'law.de.noticeTooLong':
    'Law: for contracts concluded since 1 March 2022, the notice period before the end of the minimum term may be at most one month ({citation}). The agreed {notice} are therefore {likely}void: for the end on {end}, a notice that arrives by {deadline} is enough by law.',
  'law.de.noticeTooLongOld':
    'Law: for contracts concluded before 1 March 2022, the notice period may be at most three months ({citation}). The agreed {notice} are therefore {likely}void: for the end on {end}, a notice that arrives by {deadline} is enough by law.',
  'law.de.renewalFixed':
    'Law: after the minimum term, the contract may only continue for an indefinite period and must then be terminable at any time with at most one month’s notice ({citation}). The renewal by {renewal} is therefore {likely}void: after {end} you can end the contract at any time with one month’s notice.',
  'law.de.renewalTooLongOld':
    'Law: for contracts concluded before 1 March 2022, a tacit renewal may be for at most one year at a time ({citation}). The renewal by {renewal} is therefore {likely}void; the dates by law assume renewals of at most 12 months.',
  'law.de.openNotice': 'Law: in the indefinite period the contract can be ended at any time with at most one month’s notice ({citation}).',
  'law.de.tkg':
    'Law: after the minimum term of a telecoms contract, you can end it at any time with one month’s notice, whatever the contract says ({citation}).',
  'law.de.tkgOld':
    'Law: after the minimum term of a telecoms contract, you can end it at any time with one month’s notice ({citation}); for contracts concluded before 1 December 2021 this is the ministries’ reading, not yet settled by the courts.',
  'law.de.termTooLong':
    'Law: a minimum term of more than 24 months is void in standard terms ({citation}). A void clause is not cut down to 24 months; the statutory rules apply instead. The dates above still use the contract’s term: have the contract checked (e.g. by a consumer advice centre) before relying on an earlier end.',
  'law.de.bindingFromConclusion':
    'You are bound from the conclusion of the contract on {contractDate}; counted from then, the binding until {end} lasts longer than 24 months. Courts have held such a binding void (LG Aachen, 6 S 199/07; § 307 BGB with § 309 Nr. 9 a BGB).',
  'law.de.conforms': 'Law: these terms stay within the limits of {citation}; the dates follow the contract.',
  'law.de.exempt': 'Law: § 309 Nr. 9 BGB does not apply to {type} contracts; the dates follow the contract.',
  'law.de.gymBasis': 'For gyms, courts apply these limits through § 307 BGB (BGH, XII ZR 42/10), so this is likely, not certain.',
  'law.de.form':
    'The contract demands a stricter form than text form for the cancellation. For contracts concluded since 1 October 2016 that is void (§ 309 Nr. 13 BGB): an e-mail is enough. Choose a way you can prove, e.g. e-mail with a confirmation or registered post.',
  'law.de.button':
    'If the contract can be concluded on the provider’s website, the website must offer a cancellation button (“Verträge hier kündigen”, § 312k BGB). If it does not, you can cancel at any time without notice (§ 312k Abs. 6 BGB); run knebel with --no-cancel-button to get those dates.',
  'law.de.buttonMissing':
    'You state that the provider’s website has no cancellation button although the contract can be concluded there: you can then cancel at any time without notice (§ 312k Abs. 6 BGB). The contract ends when the notice arrives, at the earliest today, {today}.',
  'law.uk.renewal':
    'Law: under the Consumer Rights Act 2015 (Sch. 2 para 9) an automatic renewal with an unreasonably early deadline to opt out may be unfair and then does not bind you. The dates above follow the contract; if you missed the deadline, ask the provider to let you go and contact Citizens Advice.',
  'law.uk.gymTerm':
    'Law: in OFT v Ashbourne ([2011] EWHC 1237 (Ch)) minimum terms of more than 12 months in standard gym agreements were held unfair. Your minimum term of {term} may not bind you for its full length.',
  'law.uk.noticeLong': 'Law: a notice period of {notice} before a renewal is long; the CMA regards early opt-out deadlines as a sign of an unfair term (CMA37).',
  'law.us.cancelOnline':
    'Law: if you signed up online, you must be able to cancel online as well (California Bus. & Prof. Code § 17602; New York GBL § 527-a; federally ROSCA, 15 U.S.C. § 8403).',
  'law.none': 'Law: knebel knows no statutory rule for {jurisdiction} that changes these dates; they follow the contract.',

  // problems
  'problem.missingStart':
    'The contract does not state when it started, and the minimum term counts from the start. When did the contract start (first day of the membership, activation of the line)? Pass it as --start YYYY-MM-DD.',
  'problem.missingFact': 'Cannot compute the deadline: the contract does not state {facts}. Check the contract; knebel read: {read}.',
  'problem.ambiguousFact': 'Cannot compute the deadline: {facts} is ambiguous ({value}). Check the contract; knebel read: {read}.',
  'problem.renewalUnknown':
    'The deadline for the end of the minimum term ({end}) has passed, and the contract does not say how long it renews for. Check the renewal clause: knebel read: {read}.',
  'problem.conflict': 'the contract states both a minimum term ({term}) and that there is none',
  'problem.notAnalysed': 'could not be analysed',
  'problem.cannotWrite': 'cannot write {file} ({reason})',
  'fact.minimumTerm': 'the minimum term',
  'fact.noticePeriod': 'the notice period',
  'fact.renewalTerm': 'the renewal term',
  'fact.none': 'nothing',
  'fact.and': ' and ',
} as const;

const de: Record<keyof typeof en, string> = {
  'month.1': 'Januar',
  'month.2': 'Februar',
  'month.3': 'März',
  'month.4': 'April',
  'month.5': 'Mai',
  'month.6': 'Juni',
  'month.7': 'Juli',
  'month.8': 'August',
  'month.9': 'September',
  'month.10': 'Oktober',
  'month.11': 'November',
  'month.12': 'Dezember',
  'weekday.1': 'Montag',
  'weekday.2': 'Dienstag',
  'weekday.3': 'Mittwoch',
  'weekday.4': 'Donnerstag',
  'weekday.5': 'Freitag',
  'weekday.6': 'Samstag',
  'weekday.7': 'Sonntag',
  'date.format': '{day}. {month} {year}',

  'deadline.title': 'Kündigungsfristen',
  'deadline.start': 'Vertragsbeginn',
  'deadline.startFromDocument': '{date} (laut Vertrag)',
  'deadline.startFromOption': '{date} (--start)',
  'deadline.today': 'Heute',
  'deadline.earliestEnd': 'Frühestes Vertragsende',
  'deadline.noticeDeadline': 'Kündigung muss zugehen bis',
  'deadline.noNoticeNeeded': 'keine Kündigung nötig',
  'deadline.basis': 'Grundlage',
  'deadline.basis.contract': 'der Vertrag',
  'deadline.basis.law': 'das Gesetz (die Klausel bindet Sie nicht)',
  'deadline.steps': 'So wurde gerechnet',
  'deadline.periods': 'Laufende und nächste Zeiträume',
  'deadline.column.end': 'endet',
  'deadline.column.deadline': 'Kündigung muss zugehen bis',
  'deadline.missed': 'verpasst',
  'deadline.ics.written': 'Kalender-Erinnerung in {file} geschrieben (am {date}, {days} Tage vor Fristende).',

  'step.noticeRule':
    'Kündigungsfrist {notice} zum Ende der Laufzeit. Maßgeblich ist der Tag, an dem die Kündigung {provider} zugeht, nicht das Absenden; die Frist wird vom letzten Tag der Laufzeit zurückgerechnet und muss vollständig zwischen dem Tag des Zugangs und dem Vertragsende liegen.',
  'step.noticeRuleAnytime': 'Der Vertrag ist jederzeit mit einer Frist von {notice} kündbar: er endet {notice} nach dem Tag, an dem die Kündigung {provider} zugeht.',
  'step.noticeRuleAnchored': 'Kündigungsfrist {notice} zum Ende eines {anchor}: der Vertrag kann nur am letzten Tag eines {anchor} enden, und die Kündigung muss {notice} vorher zugehen.',
  'step.initial': 'Mindestlaufzeit {term} ab {start} → endet am {end}; Kündigung muss bis {deadline} zugehen',
  'step.renewal': 'Verlängerung um {term} ab {start} → endet am {end}; Kündigung muss bis {deadline} zugehen',
  'step.initialMissed': 'Mindestlaufzeit {term} ab {start} → endet am {end}; Kündigung hätte bis {deadline} zugehen müssen (verpasst)',
  'step.renewalMissed': 'Verlängerung um {term} ab {start} → endet am {end}; Kündigung hätte bis {deadline} zugehen müssen (verpasst)',
  'step.endsByItself': 'Mindestlaufzeit {term} ab {start} → der Vertrag endet am {end} von selbst: er verlängert sich nicht, eine Kündigung ist nicht nötig.',
  'step.ended': 'Der Vertrag ist am {end} abgelaufen.',
  'step.openNotice': 'Nach der ersten Laufzeit gilt laut Vertrag eine andere Kündigungsfrist: {notice}.',
  'step.open': 'Danach läuft der Vertrag auf unbestimmte Zeit: eine Kündigung, die am {deadline} zugeht, beendet ihn am {end}; jeder spätere Tag funktioniert genauso.',
  'step.openFromStart': 'Es gibt keine Mindestlaufzeit: eine Kündigung, die am {deadline} zugeht, beendet den Vertrag am {end}; jeder spätere Tag funktioniert genauso.',
  'step.openAnchored': '{anchor}sende {end}: Kündigung muss bis {deadline} zugehen',
  'step.renewalUnknown': 'Der Vertrag sagt nicht, um wie lange er sich nach der Mindestlaufzeit verlängert; berechnet werden konnte nur die Mindestlaufzeit.',
  'step.noMinimumAssumed': 'Der Vertrag nennt keine Mindestlaufzeit, ist aber jederzeit kündbar: ohne Mindestlaufzeit berechnet.',
  'step.result': 'Ergebnis: frühestmögliches Vertragsende ist der {end} ({basis}); die Kündigung muss {provider} bis {deadline} zugehen.',
  'step.resultEndsByItself': 'Ergebnis: der Vertrag endet am {end} ohne Kündigung.',
  'step.resultEnded': 'Ergebnis: der Vertrag ist bereits am {end} abgelaufen.',
  'step.resultImmediate': 'Ergebnis: Sie können heute, am {end}, fristlos kündigen ({basis}).',
  'step.receipt':
    'Maßgeblich ist der Zugang: die Kündigung muss bis {deadline} ankommen. Der Vertrag verlangt einen Brief, also Postlaufzeit einplanen (meist 1–3 Werktage, Einschreiben länger).',
  'step.receiptElectronic': 'Maßgeblich ist der Zugang: eine Kündigung per E-Mail oder über die Website geht am selben Tag zu; die Bestätigung aufbewahren.',
  'step.weekend': 'Der {deadline} ist ein {weekday}. Die Frist verschiebt sich nicht auf den nächsten Werktag: die Kündigung muss vorher ankommen.',
  'step.weekendDe':
    'Der {deadline} ist ein {weekday}. Die Frist verschiebt sich nicht auf den nächsten Werktag (§ 193 BGB gilt nicht für Kündigungsfristen): die Kündigung muss vorher ankommen.',
  'step.conflict': 'Der Vertrag ist hier nicht eindeutig: {warning}',
  'step.basis.contract': 'laut Vertrag',
  'step.basis.law': 'nach dem Gesetz',

  'anchor.month-end': 'Monats',
  'anchor.quarter-end': 'Quartals',
  'anchor.year-end': 'Kalenderjahres',
  'provider.generic': 'dem Anbieter',

  'law.title': 'Was das Gesetz sagt',
  'law.likely': 'wahrscheinlich ',
  'law.clear': '',
  'law.de.noticeTooLong':
    'Gesetz: Für Verträge ab dem 1. März 2022 darf die Kündigungsfrist zum Ende der Mindestlaufzeit höchstens einen Monat betragen ({citation}). Die vereinbarten {notice} sind daher {likely}unwirksam: für das Vertragsende am {end} genügt nach dem Gesetz der Zugang bis {deadline}.',
  'law.de.noticeTooLongOld':
    'Gesetz: Für Verträge vor dem 1. März 2022 darf die Kündigungsfrist höchstens drei Monate betragen ({citation}). Die vereinbarten {notice} sind daher {likely}unwirksam: für das Vertragsende am {end} genügt nach dem Gesetz der Zugang bis {deadline}.',
  'law.de.renewalFixed':
    'Gesetz: Nach der Mindestlaufzeit darf sich der Vertrag nur auf unbestimmte Zeit verlängern und muss dann jederzeit mit höchstens einem Monat Frist kündbar sein ({citation}). Die Verlängerung um {renewal} ist daher {likely}unwirksam: nach dem {end} können Sie jederzeit mit einem Monat Frist kündigen.',
  'law.de.renewalTooLongOld':
    'Gesetz: Für Verträge vor dem 1. März 2022 darf sich ein Vertrag stillschweigend jeweils höchstens um ein Jahr verlängern ({citation}). Die Verlängerung um {renewal} ist daher {likely}unwirksam; die gesetzlichen Daten rechnen mit höchstens 12 Monaten.',
  'law.de.openNotice': 'Gesetz: In der unbestimmten Laufzeit ist der Vertrag jederzeit mit höchstens einem Monat Frist kündbar ({citation}).',
  'law.de.tkg': 'Gesetz: Nach der Mindestlaufzeit eines Telekommunikationsvertrags können Sie jederzeit mit einem Monat Frist kündigen, gleich was der Vertrag sagt ({citation}).',
  'law.de.tkgOld':
    'Gesetz: Nach der Mindestlaufzeit eines Telekommunikationsvertrags können Sie jederzeit mit einem Monat Frist kündigen ({citation}); für Verträge vor dem 1. Dezember 2021 ist das die Lesart der Ministerien, gerichtlich noch nicht geklärt.',
  'law.de.termTooLong':
    'Gesetz: Eine Mindestlaufzeit von mehr als 24 Monaten ist in AGB unwirksam ({citation}). Eine unwirksame Klausel wird nicht auf 24 Monate verkürzt, es gilt das Gesetz. Die Daten oben rechnen trotzdem mit der Laufzeit laut Vertrag: lassen Sie den Vertrag prüfen (z. B. bei der Verbraucherzentrale), bevor Sie sich auf ein früheres Ende verlassen.',
  'law.de.bindingFromConclusion':
    'Gebunden sind Sie schon ab Vertragsschluss am {contractDate}; von da an gerechnet dauert die Bindung bis {end} länger als 24 Monate. Gerichte haben eine solche Bindung für unwirksam gehalten (LG Aachen, 6 S 199/07; § 307 BGB i. V. m. § 309 Nr. 9 a BGB).',
  'law.de.conforms': 'Gesetz: Diese Bedingungen halten die Grenzen von {citation} ein; die Daten folgen dem Vertrag.',
  'law.de.exempt': 'Gesetz: § 309 Nr. 9 BGB gilt nicht für Verträge der Art „{type}“; die Daten folgen dem Vertrag.',
  'law.de.gymBasis': 'Für Fitnessstudios wenden Gerichte diese Grenzen über § 307 BGB an (BGH, XII ZR 42/10); das ist daher wahrscheinlich, nicht sicher.',
  'law.de.form':
    'Der Vertrag verlangt für die Kündigung eine strengere Form als die Textform. Für Verträge ab dem 1. Oktober 2016 ist das unwirksam (§ 309 Nr. 13 BGB): eine E-Mail genügt. Wählen Sie einen Weg, den Sie beweisen können, z. B. E-Mail mit Bestätigung oder Einschreiben.',
  'law.de.button':
    'Kann der Vertrag auf der Website des Anbieters geschlossen werden, muss die Website einen Kündigungsbutton („Verträge hier kündigen“) anbieten (§ 312k BGB). Fehlt er, können Sie jederzeit fristlos kündigen (§ 312k Abs. 6 BGB); mit --no-cancel-button rechnet knebel diese Daten aus.',
  'law.de.buttonMissing':
    'Sie geben an, dass die Website des Anbieters keinen Kündigungsbutton hat, obwohl der Vertrag dort geschlossen werden kann: dann können Sie jederzeit fristlos kündigen (§ 312k Abs. 6 BGB). Der Vertrag endet mit Zugang der Kündigung, frühestens heute, am {today}.',
  'law.uk.renewal':
    'Gesetz: Nach dem Consumer Rights Act 2015 (Sch. 2 para 9) kann eine automatische Verlängerung mit unangemessen früher Widerspruchsfrist unfair sein und bindet Sie dann nicht. Die Daten oben folgen dem Vertrag; haben Sie die Frist verpasst, bitten Sie den Anbieter um Entlassung und wenden Sie sich an Citizens Advice.',
  'law.uk.gymTerm':
    'Gesetz: In OFT v Ashbourne ([2011] EWHC 1237 (Ch)) wurden Mindestlaufzeiten von mehr als 12 Monaten in Standardverträgen von Fitnessstudios für unfair gehalten. Ihre Mindestlaufzeit von {term} bindet Sie möglicherweise nicht in voller Länge.',
  'law.uk.noticeLong': 'Gesetz: Eine Kündigungsfrist von {notice} vor einer Verlängerung ist lang; die CMA sieht frühe Widerspruchsfristen als Zeichen einer unfairen Klausel (CMA37).',
  'law.us.cancelOnline':
    'Gesetz: Wer online abgeschlossen hat, muss auch online kündigen können (Kalifornien: Bus. & Prof. Code § 17602; New York: GBL § 527-a; bundesweit ROSCA, 15 U.S.C. § 8403).',
  'law.none': 'Gesetz: knebel kennt für {jurisdiction} keine gesetzliche Regel, die diese Daten ändert; sie folgen dem Vertrag.',

  'problem.missingStart':
    'Der Vertrag nennt keinen Vertragsbeginn, und die Mindestlaufzeit zählt ab Beginn. Wann hat der Vertrag begonnen (erster Tag der Mitgliedschaft, Freischaltung des Anschlusses)? Bitte mit --start JJJJ-MM-TT angeben.',
  'problem.missingFact': 'Die Frist lässt sich nicht berechnen: der Vertrag nennt {facts} nicht. Bitte den Vertrag prüfen; knebel hat gelesen: {read}.',
  'problem.ambiguousFact': 'Die Frist lässt sich nicht berechnen: {facts} ist nicht eindeutig ({value}). Bitte den Vertrag prüfen; knebel hat gelesen: {read}.',
  'problem.renewalUnknown':
    'Die Frist zum Ende der Mindestlaufzeit ({end}) ist verstrichen, und der Vertrag sagt nicht, um wie lange er sich verlängert. Bitte die Verlängerungsklausel prüfen; knebel hat gelesen: {read}.',
  'problem.conflict': 'der Vertrag nennt eine Mindestlaufzeit ({term}) und zugleich, dass es keine gibt',
  'problem.notAnalysed': 'konnte nicht analysiert werden',
  'problem.cannotWrite': '{file} kann nicht geschrieben werden ({reason})',
  'fact.minimumTerm': 'die Mindestlaufzeit',
  'fact.noticePeriod': 'die Kündigungsfrist',
  'fact.renewalTerm': 'den Verlängerungszeitraum',
  'fact.none': 'nichts',
  'fact.and': ' und ',
};

export const CATALOGS: Record<Locale, Record<keyof typeof en, string>> & { en: typeof en } = { en, de };
