import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers.js';
import { builtinWords, loadBuiltinRules, type Rule } from '../src/rules/load.js';
import { rulesFingerprint } from '../src/classifier/rules-fingerprint.js';

// models/combination.json holds thresholds chosen by `npm run train` for the rules as they were
// then; a change to a rule of a model category (or a word set it uses) without a new training
// leaves thresholds chosen for other rules. `npm run train` records the fingerprint; this test
// recomputes it from rules/.
describe('models/combination.json', () => {
  const shipped = JSON.parse(readFileSync(join(ROOT, 'models', 'combination.json'), 'utf8')) as Record<string, { rules?: string }>;
  const rules = loadBuiltinRules();

  for (const language of ['de', 'en'] as const) {
    it(`was chosen for the built-in rules of today (${language}); after a rule change run \`npm run train\``, () => {
      expect(shipped[language]?.rules).toBe(rulesFingerprint(rules, builtinWords()[language], language));
    });
  }

  it('changes when a pattern of a model category or a word set it names changes, and not for prose', () => {
    const words = builtinWords().en;
    const base = rulesFingerprint(rules, words, 'en');
    const edit = (f: (r: Rule) => Rule) => rules.map((r) => (r.id === 'liability-exclusion' ? f(r) : r));
    const match = (r: Rule) => r.match as { patterns: { en: string[] } };
    const morePatterns = edit((r) => ({ ...r, match: { ...r.match, patterns: { ...match(r).patterns, en: [...match(r).patterns.en, 'we owe you nothing'] } } }) as Rule);
    expect(rulesFingerprint(morePatterns, words, 'en')).not.toBe(base);
    const otherMessage = edit((r) => ({ ...r, message: { de: 'anders', en: 'other' } }) as Rule);
    expect(rulesFingerprint(otherMessage, words, 'en')).toBe(base);
    // a rule of a lock-in category does not count: the model's combination never reads it
    const lockIn = rules.map((r) => (r.category === 'auto-renewal' ? ({ ...r, severity: [] } as unknown as Rule) : r));
    expect(rulesFingerprint(lockIn, words, 'en')).toBe(base);
    // a word set named by such a rule does
    const fewerHarms = Object.create(words, { entries: { value: (name: string) => (name === 'HARM' ? ['damage'] : words.entries(name)) } });
    expect(rulesFingerprint(rules, fewerHarms, 'en')).not.toBe(base);
  });
});
