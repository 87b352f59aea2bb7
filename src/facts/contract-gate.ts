import type { LanguagePack } from '../lang/types.js';

/** Why a text is judged not to be a contract; shown after the NOT_A_CONTRACT code. */
export const NOT_A_CONTRACT_REASON =
  'does not read like a contract: no terms about duration, price, termination or obligations between parties (use --force-contract to analyse it anyway)';

export interface ContractSigns {
  /** Places where terms are laid down between parties ("you agree", "ist verpflichtet", "these Terms"). */
  terms: number;
  /** Places written in the voice of another genre (reported speech, letters, first person). */
  narrative: number;
  /** Sentences in the text. */
  sentences: number;
  /** Places naming a lock-in topic (term, renewal, cancellation, fees, liability). */
  topics: number;
}

/** Count at most this many hits of a sign: enough to decide, bounded on huge documents. */
const MAX_HITS = 200;

function count(pattern: RegExp, text: string, limit = MAX_HITS): number {
  pattern.lastIndex = 0;
  let n = 0;
  while (n < limit && pattern.exec(text) !== null) n++;
  pattern.lastIndex = 0;
  return n;
}

/** `terms`: the count of terms when the caller made it already (uncapped by anything but MAX_HITS). */
export function contractSigns(text: string, sentences: number, pack: LanguagePack, terms = count(pack.contractSigns.terms, text)): ContractSigns {
  const { narrative, otherGenres, topics } = pack.contractSigns;
  return { terms, narrative: count(narrative, text) + count(otherGenres, text), sentences, topics: count(topics, text) };
}

/**
 * One or two sentences (a clause, a rule example) are analysed as given. Short texts (a
 * one-paragraph terms page) need one lock-in topic or one term. Longer ones need terms laid down between parties at least as often as another genre's
 * voice shows (news quote people, letters greet, essays say "I"); a text in no other voice also
 * passes on a few lock-in topics alone (terse gym terms name "Laufzeit" and "Kündigung" without a
 * party and a verb). Measured in `npm run eval`: no false rejection on fixtures, real contracts,
 * CLAUDETTE or CUAD contracts.
 */
const SINGLE_CLAUSE_SENTENCES = 2;
const SHORT_TEXT_SENTENCES = 4;
const MIN_TOPICS_WITHOUT_TERMS = 3;
/** A long contract may quote people or greet; this many terms decide on their own. */
const MANY_TERMS = 10;

export function readsLikeContract(signs: ContractSigns): boolean {
  // one or two sentences cannot be judged: a single clause is analysed as given
  if (signs.sentences <= SINGLE_CLAUSE_SENTENCES) return true;
  if (signs.sentences <= SHORT_TEXT_SENTENCES) return (signs.topics > 0 || signs.terms > 0) && signs.narrative <= signs.terms;
  if (signs.terms >= MANY_TERMS || (signs.terms >= 2 && signs.terms >= signs.narrative)) return true;
  return signs.narrative === 0 && (signs.terms > 0 || signs.topics >= MIN_TOPICS_WITHOUT_TERMS);
}

/**
 * The gate as the pipeline asks it: a text of several sentences with many terms passes without
 * counting the other signs (most contracts; the terms' scan stops at the tenth), anything else is
 * judged on all its signs. Same answer as `readsLikeContract(contractSigns(…))`.
 */
export function textReadsLikeContract(text: string, sentences: number, pack: LanguagePack): boolean {
  const terms = count(pack.contractSigns.terms, text, MANY_TERMS);
  if (terms >= MANY_TERMS && sentences > SHORT_TEXT_SENTENCES) return true;
  // under the cap the count is complete; at the cap (a short text) it is counted again in full
  return readsLikeContract(contractSigns(text, sentences, pack, terms < MANY_TERMS ? terms : undefined));
}
