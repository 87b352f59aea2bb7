import type { Duration } from '../facts/duration.js';
import { LANGUAGE_PACKS } from '../lang/index.js';

export type Locale = 'de' | 'en';

/** Every user-facing string of the reports, in both languages. German must have every English key. */
const en = {
  'score.title': 'Freedom score',
  'score.grade': 'grade',
  'score.none': 'No lock-in found by the rules that apply here.',
  'facts.title': 'Contract facts',
  'facts.minimumTerm': 'Minimum term',
  'facts.autoRenewal': 'Automatic renewal',
  'facts.renewalTerm': 'Renewal term',
  'facts.noticePeriod': 'Notice period',
  'facts.contractType': 'Contract type',
  'facts.contractDate': 'Contract date',
  'facts.jurisdiction': 'Jurisdiction',
  'facts.none': 'none',
  'facts.notStated': 'not stated',
  'facts.yes': 'yes',
  'facts.no': 'no',
  'facts.indefinite': 'indefinite, cancellable',
  'facts.noMinimumTerm': 'none (stated)',
  'facts.assumedToday': 'not stated (today assumed)',
  'findings.title': 'Findings',
  'findings.none': 'No findings.',
  'finding.where': 'page {page}, {section}',
  'finding.wherePage': 'page {page}',
  'finding.why': 'Why it binds',
  'finding.legalBasis': 'Legal basis',
  'finding.suggestion': 'Fairer wording',
  'finding.points': '−{points} points',
  'severity.critical': 'critical',
  'severity.high': 'high',
  'severity.medium': 'medium',
  'severity.low': 'low',
  'severity.info': 'info',
  'document.failed': 'could not be analysed',
  'document.warning': 'warning',
  'summary.documents': '{documents} document(s), {failed} failed',
  'language.detected': 'language',
  'format.detected': 'format',
  'pages': 'pages',
  'document.ocr': 'Read by OCR from a scan or photo: compare the quotes with your paper.',
  'contractType.gym': 'gym / fitness',
  'contractType.telecom': 'telecoms / mobile',
  'contractType.streaming': 'streaming / digital',
  'contractType.software': 'software / SaaS',
  'contractType.dating': 'dating',
  'contractType.magazine': 'newspaper / magazine',
  'contractType.energy': 'energy',
  'contractType.insurance': 'insurance',
  'contractType.other': 'other',
  'value.indefinite': 'an indefinite period',
  'disclaimer': 'Not legal advice: findings say what is likely unfair or invalid, courts decide.',
} as const;

export type MessageKey = keyof typeof en;

const de: Record<MessageKey, string> = {
  'score.title': 'Freiheits-Score',
  'score.grade': 'Note',
  'score.none': 'Die hier geltenden Regeln finden keine Knebelklausel.',
  'facts.title': 'Vertragsdaten',
  'facts.minimumTerm': 'Mindestlaufzeit',
  'facts.autoRenewal': 'Automatische Verlängerung',
  'facts.renewalTerm': 'Verlängerungszeitraum',
  'facts.noticePeriod': 'Kündigungsfrist',
  'facts.contractType': 'Vertragsart',
  'facts.contractDate': 'Vertragsdatum',
  'facts.jurisdiction': 'Rechtsordnung',
  'facts.none': 'keine',
  'facts.notStated': 'nicht angegeben',
  'facts.yes': 'ja',
  'facts.no': 'nein',
  'facts.indefinite': 'unbefristet, kündbar',
  'facts.noMinimumTerm': 'keine (ausdrücklich)',
  'facts.assumedToday': 'nicht angegeben (heute angenommen)',
  'findings.title': 'Befunde',
  'findings.none': 'Keine Befunde.',
  'finding.where': 'Seite {page}, {section}',
  'finding.wherePage': 'Seite {page}',
  'finding.why': 'Warum das bindet',
  'finding.legalBasis': 'Rechtsgrundlage',
  'finding.suggestion': 'Fairere Formulierung',
  'finding.points': '−{points} Punkte',
  'severity.critical': 'kritisch',
  'severity.high': 'hoch',
  'severity.medium': 'mittel',
  'severity.low': 'gering',
  'severity.info': 'Hinweis',
  'document.failed': 'konnte nicht analysiert werden',
  'document.warning': 'Warnung',
  'summary.documents': '{documents} Dokument(e), {failed} fehlgeschlagen',
  'language.detected': 'Sprache',
  'format.detected': 'Format',
  'pages': 'Seiten',
  'document.ocr': 'Per Texterkennung (OCR) aus einem Scan oder Foto gelesen: Vergleichen Sie die Zitate mit Ihrem Papier.',
  'contractType.gym': 'Fitnessstudio',
  'contractType.telecom': 'Telekommunikation / Mobilfunk',
  'contractType.streaming': 'Streaming / Digitales',
  'contractType.software': 'Software / SaaS',
  'contractType.dating': 'Partnervermittlung',
  'contractType.magazine': 'Zeitung / Zeitschrift',
  'contractType.energy': 'Energie',
  'contractType.insurance': 'Versicherung',
  'contractType.other': 'sonstige',
  'value.indefinite': 'unbestimmte Zeit',
  'disclaimer': 'Keine Rechtsberatung: Befunde zeigen, was wahrscheinlich unfair oder unwirksam ist; entscheiden müssen Gerichte.',
};

export const CATALOGS: Record<Locale, Record<MessageKey, string>> = { en, de };

export function interpolate(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function t(locale: Locale, key: MessageKey, params?: Record<string, string | number>): string {
  return interpolate(CATALOGS[locale][key], params);
}

/** "24 Monate", "1 month", "30 days". */
export function formatDuration(d: Duration, locale: Locale): string {
  const [singular, plural] = LANGUAGE_PACKS[locale].unitNames[d.unit];
  return `${String(d.value).replace('.', locale === 'de' ? ',' : '.')} ${d.value === 1 ? singular : plural}`;
}
