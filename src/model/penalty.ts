import { type Severity, SEVERITIES } from './vocabulary.js';

/**
 * Points a finding costs, by severity (README "Freedom score"). Below the stages: the score spends
 * them, the formatters say why a finding cost what it did.
 */
export const PENALTY: Record<Severity, number> = { critical: 30, high: 20, medium: 10, low: 4, info: 0 };

/**
 * The categories that bind a customer: what keeps them in a contract or makes leaving cost. The
 * freedom score is about these; they cost the full price.
 */
export const LOCK_IN_CATEGORIES: ReadonlySet<string> = new Set([
  'minimum-term', 'auto-renewal', 'notice-period', 'cancellation-form', 'termination-rights', 'fees', 'price-change', 'existing-customer-parity',
]);

/**
 * General one-sided terms (liability, choice of law, arbitration, unilateral change, …) cost half:
 * they are unfair but do not hold anyone in the contract. At full price a long but cancellable
 * terms-of-service page fell to 0 below a gym contract that binds for two years, and a fair password
 * manager scored 32 (real-contracts tuning half, 2026-12-06).
 */
export const GENERAL_FACTOR = 0.5;

/** The second finding of a category costs half: the same trap stated twice binds less than a second trap. */
export const REPEAT_FACTOR = 0.5;

/**
 * Findings charged per category. Beyond the second, a category costs nothing more: ten
 * sentences of one arbitration section are one arbitration clause, not ten traps.
 */
export const CHARGED_PER_CATEGORY = 2;

/** Why a finding costs what it costs. */
export type ChargeReason = 'full' | 'general' | 'repeat' | 'uncharged' | 'info';

export interface Charge {
  points: number;
  reason: ChargeReason;
}

/**
 * The price of each finding, in the order given. Within a category the most severe finding pays
 * first (ties keep their order), so the price does not depend on the order findings arrive in, and
 * adding a finding or making one more severe never lowers the total.
 */
export function charges(findings: readonly { category: string; severity: Severity }[]): Charge[] {
  const rank = findings.map((f, i) => ({ f, i })).sort((a, b) => SEVERITIES.indexOf(a.f.severity) - SEVERITIES.indexOf(b.f.severity) || a.i - b.i);
  const counted = new Map<string, number>();
  const out: Charge[] = new Array(findings.length);
  for (const { f, i } of rank) {
    if (PENALTY[f.severity] === 0) {
      out[i] = { points: 0, reason: 'info' };
      continue;
    }
    const n = counted.get(f.category) ?? 0;
    counted.set(f.category, n + 1);
    const general = !LOCK_IN_CATEGORIES.has(f.category);
    const base = PENALTY[f.severity] * (general ? GENERAL_FACTOR : 1);
    if (n >= CHARGED_PER_CATEGORY) out[i] = { points: 0, reason: 'uncharged' };
    else if (n > 0) out[i] = { points: Math.round(base * REPEAT_FACTOR), reason: 'repeat' };
    else out[i] = { points: Math.round(base), reason: general ? 'general' : 'full' };
  }
  return out;
}
