/**
 * The fixed words every stage shares: severities (most severe first), categories, contract types.
 * Below every stage: imports nothing, so rules, report, policy and formatters all speak it without
 * importing each other (and no validation library is needed to name a severity).
 */
export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Negative when `a` is more severe than `b`, 0 when equal: sorts the most severe first. */
export function compareSeverity(a: Severity, b: Severity): number {
  return SEVERITIES.indexOf(a) - SEVERITIES.indexOf(b);
}

export const CATEGORIES = [
  'minimum-term', 'auto-renewal', 'notice-period', 'existing-customer-parity', 'price-change', 'cancellation-form',
  'termination-rights', 'fees', 'unilateral-change',
  'liability', 'provider-termination', 'content-removal', 'contract-by-using', 'choice-of-law', 'jurisdiction', 'arbitration',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const CONTRACT_TYPES = ['gym', 'telecom', 'streaming', 'software', 'dating', 'magazine', 'energy', 'insurance', 'other'] as const;
export type ContractType = (typeof CONTRACT_TYPES)[number];
