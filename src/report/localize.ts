import type { Locale } from '../i18n/messages.js';
import type { Localized } from '../rules/schema.js';

/** A rule's text in the report's language: the locale's, else English, else German (rules may give one language). */
export function localize(text: Localized, locale: Locale): string {
  return text[locale] ?? text.en ?? text.de ?? '';
}
