import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadBuiltinRules } from '../src/rules/load.js';

type Catalog = Record<string, string>;
const LOCALES = ['en', 'de'] as const;

/** Every module in src/i18n that exports catalogs: { en: {...}, de: {...} } objects of strings. */
async function catalogs(): Promise<[string, Record<string, Catalog>][]> {
  const dir = new URL('../src/i18n/', import.meta.url);
  const found: [string, Record<string, Catalog>][] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts')).sort()) {
    const module = (await import(new URL(file, dir).href)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module)) {
      const isCatalog = value && typeof value === 'object' && 'en' in value && 'de' in value;
      // string catalogs only (units.ts holds [singular, plural] pairs, tested below)
      if (isCatalog && Object.values((value as Record<string, Catalog>).en).every((v) => typeof v === 'string')) found.push([`${file} ${name}`, value as Record<string, Catalog>]);
    }
  }
  return found;
}

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogs are complete in German and English', async () => {
  const list = await catalogs();

  it('finds the catalogs of the reports and of deadline/letter', () => {
    const names = list.map(([name]) => name);
    expect(names).toContain('messages.ts CATALOGS');
    expect(names).toContain('deadline.ts CATALOGS');
  });

  it('has both forms of every plural pair', async () => {
    const { CATALOGS } = await import('../src/i18n/messages.js');
    for (const locale of LOCALES) {
      const keys = Object.keys(CATALOGS[locale]);
      for (const key of keys.filter((k) => k.endsWith('.one'))) expect(keys, `${locale} ${key}`).toContain(key.replace(/\.one$/, '.other'));
    }
  });

  it('names units in both languages without loading the language packs', async () => {
    const { formatDuration } = await import('../src/i18n/messages.js');
    expect(formatDuration({ value: 1, unit: 'M' }, 'de')).toBe('1 Monat');
    expect(formatDuration({ value: 1.5, unit: 'M' }, 'de')).toBe('1,5 Monate');
    expect(formatDuration({ value: 3, unit: 'W' }, 'en')).toBe('3 weeks');
    for (const file of readdirSync(new URL('../src/i18n/', import.meta.url))) {
      expect(readFileSync(new URL(`../src/i18n/${file}`, import.meta.url), 'utf8'), file).not.toMatch(/from '\.\.\/lang\//);
    }
  });

  describe.each(list)('%s', (_, catalog) => {
    it('has the same keys in both languages', () => {
      const en = Object.keys(catalog.en).sort();
      const de = Object.keys(catalog.de).sort();
      expect(de.filter((k) => !en.includes(k)), 'keys only in German').toEqual([]);
      expect(en.filter((k) => !de.includes(k)), 'keys without a German translation').toEqual([]);
    });

    it('has no empty message and the same {placeholders} in both languages', () => {
      for (const key of Object.keys(catalog.en)) {
        for (const locale of LOCALES) {
          const value = catalog[locale][key];
          // a few fragments are empty on purpose in one language only when the other is empty too
          if (value === '') expect(catalog.en[key] === '' && catalog.de[key] === '', `${locale} ${key} is empty`).toBe(true);
          else expect(typeof value, `${locale} ${key}`).toBe('string');
        }
        expect(placeholders(catalog.de[key] ?? ''), `placeholders of ${key}`).toEqual(placeholders(catalog.en[key]));
      }
    });
  });
});

describe('every built-in rule speaks both languages', () => {
  const rules = loadBuiltinRules();
  it.each(rules.map((r) => [r.id, r] as const))('%s has title, message, explanation and suggestion in de and en', (_, rule) => {
    const missing: string[] = [];
    for (const field of ['title', 'message', 'explanation', 'suggestion'] as const) {
      for (const locale of LOCALES) if (!rule[field]?.[locale]?.trim()) missing.push(`${field}.${locale}`);
    }
    for (const [i, basis] of rule.legalBasis.entries()) {
      if (basis.note) for (const locale of LOCALES) if (!basis.note[locale]?.trim()) missing.push(`legalBasis[${i}].note.${locale}`);
    }
    expect(missing).toEqual([]);
  });
});
