import { CONSUMER } from './consumer.js';
import { CATALOGS as DEADLINE } from './deadline.js';
import { LABELS } from './labels.js';
import { LETTER } from './letter.js';
import type { Locale } from './locale.js';
import { REPORT } from './report.js';
import { SERVE } from './serve.js';
import { UNIT_NAMES } from './units.js';

export type { Locale } from './locale.js';

/**
 * The one message catalog: every user-facing string of every command, in both languages, and the
 * one translator `t`. The strings live in small data files by area (report, labels, deadline,
 * consumer); this module only merges them. German must have every English key (tsc and
 * test/i18n.test.ts check it, and that both use the same {placeholders}).
 */
const en = { ...REPORT.en, ...LABELS.en, ...DEADLINE.en, ...LETTER.en, ...CONSUMER.en, ...SERVE.en };

export type MessageKey = keyof typeof en;

const de: Record<MessageKey, string> = { ...REPORT.de, ...LABELS.de, ...DEADLINE.de, ...LETTER.de, ...CONSUMER.de, ...SERVE.de };

export const CATALOGS: Record<Locale, Record<MessageKey, string>> = { en, de };

/** Keys with a singular and a plural form ("x.one", "x.other"): pass `count`. */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}.one` ? Base : never) : never;

export type Params = Record<string, string | number>;

export function interpolate(template: string, params: Params = {}): string {
  // own properties only: "{constructor}" in a rule's message must not print Object's source
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
}

/** The translator: a key (or the base of a plural pair, with params.count) in a language. */
export function t(locale: Locale, key: MessageKey | PluralKey, params?: Params): string {
  const catalog = CATALOGS[locale];
  if (key in catalog) return interpolate(catalog[key as MessageKey], params);
  const count = Number(params?.count ?? 0);
  return interpolate(catalog[`${key}.${count === 1 ? 'one' : 'other'}` as MessageKey], params);
}

/** "24 Monate", "1 month", "30 days". */
export function formatDuration(d: { value: number; unit: 'D' | 'W' | 'M' | 'Y' }, locale: Locale): string {
  const [singular, plural] = UNIT_NAMES[locale][d.unit];
  return `${String(d.value).replace('.', t(locale, 'number.decimal'))} ${d.value === 1 ? singular : plural}`;
}

/** "1 March 2025" / "1. März 2025" from YYYY-MM-DD, without Date or Intl (no time zone involved). */
export function formatCivil(date: string, locale: Locale): string {
  const month = Number(date.slice(5, 7));
  return t(locale, 'date.format', { day: Number(date.slice(8, 10)), month: t(locale, `month.${month}` as MessageKey), year: date.slice(0, 4) });
}

/** "01.03.2025" / "2025-03-01": the short numeric form for tables and file names. */
export function formatShortDate(date: string, locale: Locale): string {
  return t(locale, 'date.short', { year: date.slice(0, 4), mm: date.slice(5, 7), dd: date.slice(8, 10) });
}
