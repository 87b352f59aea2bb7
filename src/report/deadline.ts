import { computeDeadline, isProblem, type DeadlineProblem } from '../deadline/compute.js';
import { explainProblem } from '../deadline/explain.js';
import { deadlineJson } from '../deadline/format.js';
import { todayIn } from '../deadline/today.js';
import { buildAnswer } from './answer.js';
import type { DeadlineJson, DeadlineReason } from './deadline-schema.js';
import type { OkDocument } from './schema.js';

/** Stable codes of the reasons why dates cannot be computed. */
export const PROBLEM_CODES: Record<DeadlineProblem['kind'], DeadlineReason['code']> = {
  'missing-start': 'MISSING_START',
  'missing-facts': 'MISSING_FACTS',
  ambiguous: 'AMBIGUOUS_FACTS',
  'renewal-unknown': 'MISSING_FACTS',
};

export interface ConsumerOptions {
  /** First day of the contract (--start); else the start the contract states. */
  start?: string;
  /** Today (--today, for reproducible output); else today in the contract's jurisdiction. */
  today?: string;
  /** --no-cancel-button: the provider's website lacks the § 312k BGB button. */
  noCancelButton?: boolean;
}

/** The cancellation dates of an analysed contract, or why there are none. */
export function deadlineOf(doc: OkDocument, options: ConsumerOptions): { deadline: DeadlineJson | null; deadlineReason?: DeadlineReason } {
  const today = options.today ?? todayIn(doc.jurisdiction);
  const outcome = computeDeadline(doc, { start: options.start, today, noCancelButton: options.noCancelButton });
  if (isProblem(outcome)) {
    return { deadline: null, deadlineReason: { code: PROBLEM_CODES[outcome.kind], reason: explainProblem(outcome, { facts: doc.facts }, doc.locale) } };
  }
  return { deadline: deadlineJson(outcome, doc.locale) };
}

/**
 * The report stage for consumers: every analysed document gains its dates (`deadline`, or null
 * with `deadlineReason`) and the answer built from them, placed right after the grade so that a
 * reader of the JSON meets the answer first.
 */
export function withConsumerAnswer(doc: OkDocument, options: ConsumerOptions): OkDocument {
  const { deadline, deadlineReason } = deadlineOf(doc, options);
  const answer = buildAnswer({ source: doc.source, locale: doc.locale, score: doc.score, grade: doc.grade, findings: doc.findings, deadline, deadlineReason });
  const { source, ok, format, language, jurisdiction, locale, pages, score, grade, ...rest } = doc;
  return { source, ok, format, language, jurisdiction, locale, pages, score, grade, answer, deadline, ...(deadlineReason ? { deadlineReason } : {}), ...rest };
}
