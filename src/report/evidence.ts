import { createHash } from 'node:crypto';
import type { FactEvidence } from '../facts/extract.js';
import type { Clause } from '../text/segment.js';

/** The quote of a fact or finding: the sentence it was read in, with page and section. */
export function evidenceOf(e: FactEvidence, clauses: readonly Clause[], text: string) {
  const clause = clauses[e.clause];
  return {
    text: text.slice(e.sentence.start, e.sentence.end),
    page: clause.page,
    section: clause.section,
    start: e.sentence.start,
    end: e.sentence.end,
  };
}

/** Stable id of a finding: rule id + hash of the quote with case, spacing and punctuation ignored (no offsets). */
export function fingerprint(ruleId: string, quote: string): string {
  const normalizedQuote = quote.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return createHash('sha256').update(`${ruleId}\n${normalizedQuote}`).digest('hex').slice(0, 16);
}
