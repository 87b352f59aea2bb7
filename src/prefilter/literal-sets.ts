import { foldCase } from './fold.js';

/*
 * The algebra of required literals (what the regex parser in literals.ts combines): exact sets of
 * the strings a part matches, and requirements one of which every match contains.
 */

/** Exact sets and cross products stay this small; beyond it only a requirement is kept. */
export const MAX_EXACT = 16;
/** A character class with at most this many members counts as a choice of literals. */
export const MAX_CLASS = 4;

/**
 * What is known about the strings a part of an expression matches: `exact` lists all of them
 * (finite and small); `required` lists sets such that every match contains a literal of each
 * (a sequence needs what each of its parts needs: "{PRICE} … may … change" needs a price word
 * and "may" and "change"); none known is an empty list.
 */
export interface Info {
  exact: Set<string> | null;
  required: readonly Set<string>[];
}

export const UNKNOWN: Info = { exact: null, required: [] };
export const EMPTY: Info = { exact: new Set(['']), required: [] };

/** The requirements a part proves: its exact set (unless it may match nothing), or its own list. */
export function toRequired(info: Info): readonly Set<string>[] {
  if (info.exact) return info.exact.has('') ? [] : [info.exact];
  return info.required;
}

/** The most selective of several requirements (the first of equals), or null. */
export function best(requirements: readonly Set<string>[]): Set<string> | null {
  return requirements.reduce<Set<string> | null>((a, b) => better(a, b), null);
}

function shortest(literals: Set<string>): number {
  let min = Infinity;
  for (const literal of literals) if (literal.length < min) min = literal.length;
  return min;
}

/** The more selective of two requirements: longer shortest literal, then fewer literals. */
export function better(a: Set<string> | null, b: Set<string> | null): Set<string> | null {
  if (!a) return b;
  if (!b) return a;
  const [la, lb] = [shortest(a), shortest(b)];
  if (la !== lb) return la > lb ? a : b;
  return a.size <= b.size ? a : b;
}

export function concat(a: Info, b: Info): Info {
  if (a.exact && b.exact && a.exact.size * b.exact.size <= MAX_EXACT) {
    const out = new Set<string>();
    for (const x of a.exact) for (const y of b.exact) out.add(x + y);
    return { exact: out, required: [] };
  }
  return { exact: null, required: [...toRequired(a), ...toRequired(b)] };
}

export function alternate(branches: Info[]): Info {
  if (branches.every((b) => b.exact) && branches.reduce((n, b) => n + b.exact!.size, 0) <= MAX_EXACT) {
    return { exact: new Set(branches.flatMap((b) => [...b.exact!])), required: [] };
  }
  // every match contains the best requirement of the branch it took: their union is required
  const union = new Set<string>();
  for (const branch of branches) {
    const required = best(toRequired(branch));
    if (!required) return UNKNOWN;
    for (const literal of required) union.add(literal);
  }
  return { exact: null, required: [union] };
}

export function repeat(info: Info, min: number, max: number): Info {
  if (min === 0) {
    if (max === 1 && info.exact && info.exact.size < MAX_EXACT) return { exact: new Set([...info.exact, '']), required: [] };
    return UNKNOWN;
  }
  if (min === 1 && max === 1) return info;
  return { exact: null, required: toRequired(info) };
}

export const literal = (text: string): Info => ({ exact: new Set([foldCase(text)]), required: [] });
