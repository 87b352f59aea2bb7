/** The fixed words of the report model: severities, categories, contract types (no validation library needed). */
export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const CATEGORIES = [
  'minimum-term', 'auto-renewal', 'notice-period', 'existing-customer-parity', 'price-change', 'cancellation-form',
  'termination-rights', 'fees', 'unilateral-change',
  'liability', 'provider-termination', 'content-removal', 'contract-by-using', 'choice-of-law', 'jurisdiction', 'arbitration',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const CONTRACT_TYPES = ['gym', 'telecom', 'streaming', 'software', 'dating', 'magazine', 'energy', 'insurance', 'other'] as const;
export type ContractType = (typeof CONTRACT_TYPES)[number];
