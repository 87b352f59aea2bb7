import { interpolate, type Locale } from '../i18n/messages.js';
import type { Rule } from '../rules/load.js';
import { compareSeverity, type Severity } from '../model/vocabulary.js';
import type { Localized } from '../rules/rule-schema.js';
import type { Report, RuleInfo } from './schema.js';

const pick = (text: Localized | undefined, locale: Locale): string => (text ? (text[locale] ?? text.en ?? text.de ?? '') : '');

/** Words that stand in for one contract's values in a rule-level description. */
const GENERIC: Record<Locale, Record<string, string>> = {
  en: { value: 'the stated period', match: '…' },
  de: { value: 'den genannten Zeitraum', match: '…' },
};

/** The unconditional level of a rule's severity ladder, else its mildest level. */
export function defaultSeverity(rule: Rule): Severity {
  const fallback = rule.severity.find((s) => !s.when);
  if (fallback) return fallback.level;
  return [...rule.severity].sort((a, b) => compareSeverity(b.level, a.level))[0].level;
}

export function ruleInfo(rule: Rule, locale: Locale): RuleInfo {
  return {
    id: rule.id,
    category: rule.category,
    title: pick(rule.title, locale),
    description: interpolate(pick(rule.explanation, locale), GENERIC[locale]),
    defaultSeverity: defaultSeverity(rule),
    legalBasis: rule.legalBasis.map((b) => ({ jurisdiction: b.jurisdiction, citation: b.citation, ...(b.note ? { note: pick(b.note, locale) } : {}) })),
    suggestion: pick(rule.suggestion, locale),
    pack: rule.pack,
  };
}

/** The language a multi-document report speaks: the option, else the first analysed document's. */
export function reportLocale(report: Report, locale?: Locale): Locale {
  return locale ?? report.documents.find((d) => d.ok)?.locale ?? 'en';
}

/** Rule descriptions for every rule that has a finding in the report, in catalog order. */
export function ruleCatalog(rules: readonly Rule[], report: Report, locale?: Locale): RuleInfo[] {
  const used = new Set(report.documents.flatMap((d) => (d.ok ? d.findings.map((f) => f.ruleId) : [])));
  const language = reportLocale(report, locale);
  return rules.filter((r) => used.has(r.id)).map((r) => ruleInfo(r, language));
}
