import { readFileSync } from 'node:fs';
import { MODEL_CATEGORIES } from './cues.js';

/**
 * How rules and the statistical model combine, per category (columns as in MODEL_CATEGORIES):
 * `add` is the least probability for a model finding on a sentence no rule flagged. The weight
 * file's thresholds give the model alone its best F1; next to the rules, which already catch the
 * plainest wordings, a category may need a more confident model. `npm run train` chooses `add` on
 * the inner out-of-fold probabilities of the CLAUDETTE training corpus for the best F1 of rules
 * and model together (scripts/lib/combine.mjs) and writes it to models/combination.json beside
 * the weights; `npm run eval` chooses it the same way inside every training fold.
 */
export interface Combination {
  add: readonly number[];
}

const cache = new Map<string, Combination | null>();

/** The shipped combination of a language, read on first use; null when missing or malformed (then the weight file's thresholds hold). */
export function shippedCombination(language: 'de' | 'en'): Combination | null {
  if (!cache.has(language)) {
    let combination: Combination | null = null;
    try {
      const all = JSON.parse(readFileSync(new URL('../../models/combination.json', import.meta.url), 'utf8')) as Record<string, unknown>;
      combination = valid(all[language]) ? all[language] : null;
    } catch {
      combination = null; // a package without the file combines as before: rules, plus the model at its own thresholds
    }
    cache.set(language, combination);
  }
  return cache.get(language)!;
}

function valid(x: unknown): x is Combination {
  const add = typeof x === 'object' && x !== null ? (x as Combination).add : undefined;
  return Array.isArray(add) && add.length === MODEL_CATEGORIES.length && add.every((n) => typeof n === 'number' && n >= 0 && n <= 1);
}
