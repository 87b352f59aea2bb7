import { createHash } from 'node:crypto';
import type { Rule } from '../rules/load.js';
import type { WordSets } from '../rules/words.js';
import { MODEL_CATEGORIES } from './cues.js';

/**
 * A fingerprint of what the built-in rules of the model's categories match in one language:
 * each such rule's data (patterns, all, unless, notInside, scope, severity, where it applies)
 * with the word sets its patterns name, followed recursively. models/combination.json was chosen
 * for the rules as they were (`npm run train` records this fingerprint beside each language's
 * thresholds); a unit test recomputes it, so a rule edit without a new `npm run train` fails the
 * test suite instead of shipping thresholds chosen for other rules.
 *
 * Prose (titles, messages, explanations, suggestions, examples) is left out: it does not change
 * what a rule flags. So is the phrase compiler itself: a change of the engine that changed
 * matches would show in the golden files and the eval, not here.
 */
export function rulesFingerprint(rules: readonly Rule[], words: WordSets, language: 'de' | 'en'): string {
  const categories = new Set<string>(MODEL_CATEGORIES.map((c) => c.category));
  const chosen = rules.filter((r) => r.pack === 'builtin' && categories.has(r.category)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const named = new Set<string>();
  const data = chosen.map((rule) => {
    const { title: _t, message: _m, explanation: _e, suggestion: _s, examples: _x, source: _so, pack: _p, compiled: _c, lineage: _l, ...rest } = rule;
    const kept = { ...rest, match: ofLanguage(rule.match, language) };
    collectSetNames(JSON.stringify(kept.match), words, named);
    return kept;
  });
  const sets = [...named].sort().map((name) => [name, words.entries(name) ?? null]);
  return createHash('sha256').update(canonical({ rules: data, sets })).digest('hex').slice(0, 16);
}

/** JSON with object keys sorted, so that the order a loader or cache builds objects in cannot change the fingerprint. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** A rule's match with, for every field given per language, only this language's entries. */
function ofLanguage(match: unknown, language: 'de' | 'en'): unknown {
  if (typeof match !== 'object' || match === null) return match;
  return Object.fromEntries(
    Object.entries(match as Record<string, unknown>).map(([key, value]) => {
      const perLanguage = typeof value === 'object' && value !== null && !Array.isArray(value) && ('de' in value || 'en' in value);
      return [key, perLanguage ? ((value as Record<string, unknown>)[language] ?? null) : value];
    }),
  );
}

/** Every word set named in the text ({NAME}), and the sets those name in turn. */
function collectSetNames(text: string, words: WordSets, into: Set<string>): void {
  for (const [, name] of text.matchAll(/\{([A-Z][A-Z0-9_]*)\}/g)) {
    if (into.has(name)) continue;
    into.add(name);
    collectSetNames(JSON.stringify(words.entries(name) ?? []), words, into);
  }
}
