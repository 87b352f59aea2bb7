import { readFileSync } from 'node:fs';
import { MODEL_CATEGORIES } from './cues.js';

/**
 * How rules and the statistical model combine, per category (columns as in MODEL_CATEGORIES):
 * `add` is the least probability for a model finding on a sentence no rule flagged; under
 * `doubt` the model doubts a rule's finding on a sentence with the category's cue, and the
 * finding stays in the report as info. Both are chosen by `npm run train` on inner out-of-fold
 * probabilities of the CLAUDETTE training corpus for the best F1 of rules and model together
 * (scripts/lib/combine.mjs), and written to models/combination.json beside the weights;
 * `npm run eval` chooses them the same way inside every training fold.
 */
export interface Combination {
  add: readonly number[];
  doubt: readonly number[];
}

const cache = new Map<string, Combination | null>();

/** The shipped combination of a language, read on first use; null when missing or malformed (then: model thresholds, no doubts). */
export function shippedCombination(language: 'de' | 'en'): Combination | null {
  if (!cache.has(language)) {
    let combination: Combination | null = null;
    try {
      const all = JSON.parse(readFileSync(new URL('../../models/combination.json', import.meta.url), 'utf8')) as Record<string, unknown>;
      combination = valid(all[language]) ? all[language] : null;
    } catch {
      combination = null; // a package without the file combines as before: rules, plus the model at its thresholds
    }
    cache.set(language, combination);
  }
  return cache.get(language)!;
}

function valid(x: unknown): x is Combination {
  const column = (v: unknown) => Array.isArray(v) && v.length === MODEL_CATEGORIES.length && v.every((n) => typeof n === 'number' && n >= 0 && n <= 1);
  return typeof x === 'object' && x !== null && column((x as Combination).add) && column((x as Combination).doubt);
}
