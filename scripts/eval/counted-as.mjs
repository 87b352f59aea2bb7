// Our categories that a corpus label also covers. Issue 13 §2: "Unilateral change: … Price changes
// also count here where the corpus does" — CLAUDETTE and UNFAIR-ToS tag a provider's unilateral
// price change "ch" (unilateral change), while knebel reports it as its own category,
// price-change (a lock-in rule). The eval credits a price-change finding to the unilateral-change
// label, and a price-change finding on a sentence without that tag is a false positive of
// unilateral-change. Every table that uses this says so and keeps the figure without it.
export const COUNTED_AS = { 'price-change': 'unilateral-change' };

/** The categories flagged on a sentence, plus the corpus labels they count as. */
export function withCountedAs(categories) {
  const out = new Set(categories);
  for (const c of categories) if (COUNTED_AS[c]) out.add(COUNTED_AS[c]);
  return out;
}

/** One sentence for the reports. */
export const COUNTED_AS_NOTE = `Counted as a corpus label: ${Object.entries(COUNTED_AS)
  .map(([ours, label]) => `our ${ours} findings count as ${label} (the corpus tags a provider's price change as a unilateral change, issue 13 §2); one on a sentence without that tag is a false positive of ${label}`)
  .join('; ')}.`;
