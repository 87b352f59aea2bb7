import type { OkDocument } from '../report/schema.js';
import { DEFAULT_PERIODS } from '../model/limits.js';
import { legalEarliest, legalView, type LegalView } from './law.js';
import { parseSpan, type Span } from './periods.js';
import { earliestEnd, periodsFrom, type Anchor, type Answer, type Period, type Terms } from './schedule.js';

/**
 * From the report of one contract to its cancellation dates: the contract's schedule, the
 * schedule the law allows, and which of the two the customer can actually reach from `today`.
 *
 * The minimum term runs from the start date: `--start`, else the start the contract states.
 * (When the contract was concluded earlier, the binding counts from conclusion — LG Aachen,
 * 6 S 199/07 — which law.ts explains.) Without a start date nothing is guessed: the caller asks
 * for one.
 */
export interface DeadlineOptions {
  /** --start; overrides the start date read from the contract. */
  start?: string;
  today: string;
  /** --no-cancel-button: the provider's website lacks the § 312k button. */
  noCancelButton?: boolean;
  /** How many periods to list (current + next). */
  periods?: number;
  /** The normalized contract text, to see whether cancelling needs a letter. */
  text?: string;
}

export type FactName = 'minimumTerm' | 'noticePeriod' | 'renewalTerm';

export type DeadlineProblem =
  | { kind: 'missing-start' }
  | { kind: 'missing-facts'; facts: FactName[] }
  | { kind: 'ambiguous'; fact: FactName; value: string }
  | { kind: 'renewal-unknown'; end: string };

export interface Schedule {
  terms: Terms;
  /** null when the contract alone does not tell (renewal unknown after a missed deadline). */
  answer: Answer | null;
  periods: Period[];
}

export interface DeadlineResult {
  source: string;
  language: 'de' | 'en';
  jurisdiction: string;
  contractType: string;
  contractDate: string | null;
  start: string | null;
  startSource: 'option' | 'document' | null;
  today: string;
  /** The earliest end reachable from today, and on which basis. */
  basis: 'contract' | 'law';
  answer: Answer;
  periods: Period[];
  contract: Schedule;
  law: (LegalView & { answer: Answer | null; periods: Period[] }) | null;
  /** The contract asks for a letter (or stricter): allow for postal delivery. */
  letterForm: boolean;
  /** Assumptions made, and inconsistencies the analysis reported. */
  assumptions: ('no-minimum-assumed' | 'renewal-unknown' | 'billing-period' | 'billing-start-assumed')[];
  /** The law makes the contract's letter-only clause void (citation): an e-mail is enough. */
  formVoidBy: string | null;
  warnings: string[];
  facts: Pick<OkDocument['facts'], 'minimumTerm' | 'autoRenewal' | 'renewalTerm' | 'noticePeriod' | 'noticeAnchor' | 'openNoticePeriod' | 'noMinimumTerm'>;
}

/** Cancellation by post or letter, stated near a word for cancelling (either order, within one sentence). */
const LETTER_IN_TEXT =
  /(?:cancel|terminat|notice|kündig)[^.!?]{0,200}\b(?:by post|by letter|by mail|(?:registered|certified|recorded) (?:post|mail|letter|delivery)|per (?:Post|Brief|Einschreiben)|postalisch|schriftlich per)\b|\b(?:by post|by letter|per (?:Post|Brief|Einschreiben))\b[^.!?]{0,200}(?:cancel|terminat|notice|kündig)/i;

/**
 * The contract asks for a letter: a cancellation-form finding whose quote names post, letter,
 * registered mail or written form, or (when given) the contract text says so near "cancel".
 */
function needsLetter(doc: OkDocument, text?: string): boolean {
  if (text && LETTER_IN_TEXT.test(text)) return true;
  return doc.findings.some(
    (f) => f.category === 'cancellation-form' && /\bpost|brief|einschreiben|letter|schriftform|schriftlich|in writing|written|registered|certified|unterschr|signed/i.test(f.evidence.text),
  );
}

export function computeDeadline(doc: OkDocument, options: DeadlineOptions): DeadlineResult | DeadlineProblem {
  const { facts } = doc;
  const today = options.today;
  const count = options.periods ?? DEFAULT_PERIODS;
  const assumptions: DeadlineResult['assumptions'] = [];

  // the facts, each checked for presence and for a whole-number value
  const spanOf = (fact: FactName, iso: string | null): Span | null | DeadlineProblem => {
    if (iso === null || iso === 'indefinite') return null;
    const span = parseSpan(iso);
    return span && span.value > 0 ? span : { kind: 'ambiguous', fact, value: iso };
  };
  const minimum = spanOf('minimumTerm', facts.minimumTerm);
  if (minimum && 'kind' in minimum) return minimum;
  const notice = spanOf('noticePeriod', facts.noticePeriod);
  if (notice && 'kind' in notice) return notice;
  // a different notice for the open-ended phase after the first term (issue 18): each phase its own
  const openNotice = spanOf('noticePeriod', facts.openNoticePeriod ?? null);
  if (openNotice && 'kind' in openNotice) return openNotice;
  // "renews for the same period again": the minimum term's length
  const renewalSpan = facts.renewalTerm === 'same-as-initial' ? minimum : spanOf('renewalTerm', facts.renewalTerm);
  if (renewalSpan && 'kind' in renewalSpan) return renewalSpan;

  if (minimum && facts.noMinimumTerm) return { kind: 'ambiguous', fact: 'minimumTerm', value: facts.minimumTerm as string };
  const missing: FactName[] = [];
  let minimumTerm: Span | null = minimum;
  if (!minimum && !facts.noMinimumTerm) {
    // "jederzeit kündbar" without a stated minimum term: open-ended, said so in the explanation
    if (facts.noticeAnchor === 'anytime' && !renewalSpan) assumptions.push('no-minimum-assumed');
    else missing.push('minimumTerm');
  }
  const renewal: Terms['renewal'] = renewalSpan ?? (facts.renewalTerm === 'indefinite' ? 'indefinite' : facts.autoRenewal === false ? 'none' : 'unknown');
  // "cancel at any time, effective at the end of the billing period": no notice period, the end of the current period
  const billing = !notice && !minimumTerm && (facts.noMinimumTerm || facts.noticeAnchor === 'anytime');
  if (!notice && !billing && !(minimumTerm && renewal === 'none')) missing.push('noticePeriod');
  if (missing.length) return { kind: 'missing-facts', facts: missing };
  if (!minimumTerm && renewal === 'unknown') minimumTerm = null; // open-ended from the start

  const startSource = options.start ? 'option' : facts.startDate ? 'document' : null;
  const start = options.start ?? facts.startDate;
  if (!start && minimumTerm) return { kind: 'missing-start' };

  const anchored = facts.noticeAnchor === 'month-end' || facts.noticeAnchor === 'quarter-end' || facts.noticeAnchor === 'year-end';
  const openAnchor: Anchor = billing ? 'billing-end' : anchored ? (facts.noticeAnchor as Anchor) : 'anytime';
  if (billing) {
    assumptions.push('billing-period');
    if (!start) assumptions.push('billing-start-assumed');
  }
  const terms: Terms = {
    start: start ?? (billing ? (facts.contractDate ?? today) : today),
    minimumTerm,
    renewal: minimumTerm ? renewal : 'indefinite',
    notice: notice ?? { value: 0, unit: 'D' },
    ...(openNotice ? { openNotice } : {}),
    openAnchor,
  };
  if (minimumTerm && renewal === 'unknown') assumptions.push('renewal-unknown');

  const contractAnswer = earliestEnd(terms, today);
  const contractPeriods = periodsFrom(terms, today, count);

  const view = legalView({
    jurisdiction: doc.jurisdiction,
    contractType: facts.contractType,
    contractDate: facts.contractDate,
    terms,
    strictForm: doc.findings.some((f) => f.category === 'cancellation-form'),
    noCancelButton: options.noCancelButton ?? false,
    today,
  });
  const lawAnswer = legalEarliest(view, today);
  const lawPeriods = view.immediate ? [lawAnswer!.period] : view.terms ? periodsFrom(view.terms, today, count) : [];

  // the contract's date stands unless only the law reaches an earlier end
  let basis: 'contract' | 'law' = 'contract';
  let answer = contractAnswer;
  if (lawAnswer && (!contractAnswer || lawAnswer.end < contractAnswer.end)) {
    basis = 'law';
    answer = lawAnswer;
  }
  if (!answer) return { kind: 'renewal-unknown', end: contractPeriods[0]?.end ?? terms.start };

  const hasLaw = view.terms !== null || view.immediate || view.notes.length > 0;
  return {
    source: doc.source,
    language: doc.language,
    jurisdiction: doc.jurisdiction,
    contractType: facts.contractType,
    contractDate: facts.contractDate,
    start,
    startSource,
    today,
    basis,
    answer,
    periods: basis === 'law' ? lawPeriods : contractPeriods,
    contract: { terms, answer: contractAnswer, periods: contractPeriods },
    law: hasLaw ? { ...view, answer: lawAnswer, periods: lawPeriods } : null,
    letterForm: needsLetter(doc, options.text),
    formVoidBy: view.formVoidBy,
    assumptions,
    warnings: doc.warnings,
    facts: {
      minimumTerm: facts.minimumTerm,
      autoRenewal: facts.autoRenewal,
      renewalTerm: facts.renewalTerm,
      noticePeriod: facts.noticePeriod,
      noticeAnchor: facts.noticeAnchor,
      openNoticePeriod: facts.openNoticePeriod ?? null,
      noMinimumTerm: facts.noMinimumTerm,
    },
  };
}

export const isProblem = (r: DeadlineResult | DeadlineProblem): r is DeadlineProblem => 'kind' in r;
