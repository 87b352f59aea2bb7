import { compileFast } from './compile.js';
import { requiredLiteralSets } from './literals.js';
import { containsAll, literalId, literalsIn, type Prefiltered } from './scan.js';

/**
 * A RegExp that first checks, in the shared literal scan of the text, that the literals every match
 * needs are there (one of each required set), and otherwise answers "no match" without running. Behaves as a RegExp in every
 * other way (test, exec, replace, matchAll, lastIndex), so language packs and rules use it as one.
 */
export class GuardedRegExp extends RegExp implements Prefiltered {
  /** Ids of the literals one of which every match contains (the most selective set); null when none could be proven. */
  readonly requiredIds: Int32Array | null;
  /** Further sets every match needs one literal of (the other words of a phrase). */
  readonly alsoRequiredIds: readonly Int32Array[];
  /**
   * The same expression as a plain RegExp, which does the matching: V8 runs its fast paths only
   * on unmodified RegExp objects, not on instances of a subclass; and compiled the fast way
   * (`compileFast`).
   */
  private readonly plain: RegExp;

  constructor(pattern: string | RegExp, flags?: string) {
    // the expression is kept in its fast form (compile.ts): equivalent on normalized text, and
    // parsing \p{L} under /iu alone cost ~0.1 ms per expression
    const fast = compileFast(typeof pattern === 'string' ? pattern : pattern.source, flags ?? (typeof pattern === 'string' ? '' : pattern.flags));
    super(fast.source, fast.flags);
    this.plain = new RegExp(fast);
    const sets = (requiredLiteralSets(this.source, this.flags) ?? []).map((literals) => Int32Array.from(literals, literalId));
    this.requiredIds = sets[0] ?? null;
    this.alsoRequiredIds = sets.slice(1);
  }

  /** False only when the expression cannot match `text`. */
  mayMatch(text: string): boolean {
    return this.requiredIds === null || containsAll(literalsIn(text), this);
  }

  override exec(text: string): RegExpExecArray | null {
    if (this.requiredIds !== null && !containsAll(literalsIn(String(text)), this)) {
      if (this.global || this.sticky) this.lastIndex = 0;
      return null;
    }
    return this.run(text);
  }

  /** exec without the literal check, for a caller that checked the literals in its own scan. */
  run(text: string): RegExpExecArray | null {
    const stateful = this.global || this.sticky;
    if (!stateful) return this.plain.exec(text);
    this.plain.lastIndex = this.lastIndex;
    const match = this.plain.exec(text);
    this.lastIndex = this.plain.lastIndex;
    return match;
  }

  override test(text: string): boolean {
    return this.exec(text) !== null;
  }
}

/** False only when `pattern` cannot match `text` or any part of it (always true for a plain RegExp). */
export function mayMatch(pattern: RegExp, text: string): boolean {
  return !(pattern instanceof GuardedRegExp) || pattern.mayMatch(text);
}

/** The same expression, guarded. */
export function guard(pattern: RegExp): GuardedRegExp {
  return pattern instanceof GuardedRegExp ? pattern : new GuardedRegExp(pattern.source, pattern.flags);
}

/** A copy of a data structure with every RegExp in it guarded (language packs, cue tables). */
export function guardAll<T>(value: T): T {
  if (value instanceof RegExp) return guard(value) as T;
  if (Array.isArray(value)) return value.map((v) => guardAll(v)) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, guardAll(v)])) as T;
  }
  return value;
}
