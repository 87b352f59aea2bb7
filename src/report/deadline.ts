import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { buildIcs } from '../calendar/ics.js';
import { reminderOf } from '../calendar/reminder.js';
import { computeDeadline, isProblem, type DeadlineProblem, type DeadlineResult } from '../deadline/compute.js';
import { explainProblem } from '../deadline/explain.js';
import { deadlineJson } from '../deadline/format.js';
import { todayIn } from '../deadline/today.js';
import { DEFAULT_REMIND_DAYS } from '../model/limits.js';
import { t } from '../i18n/messages.js';
import { renderLetter } from '../letter/letter.js';
import { version } from '../version.js';
import { buildAnswer, type ConsumerAnswer } from './answer.js';
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
  /** Embed the reminder and a letter in the answer (for the HTML report). */
  files?: boolean;
}

/** The cancellation dates of an analysed contract, or why there are none. */
export function deadlineOf(doc: OkDocument, options: ConsumerOptions): { deadline: DeadlineJson | null; deadlineReason?: DeadlineReason; result?: DeadlineResult } {
  const today = options.today ?? todayIn(doc.jurisdiction);
  const outcome = computeDeadline(doc, { start: options.start, today, noCancelButton: options.noCancelButton });
  if (isProblem(outcome)) {
    return { deadline: null, deadlineReason: { code: PROBLEM_CODES[outcome.kind], reason: explainProblem(outcome, { facts: doc.facts }, doc.locale) } };
  }
  return { deadline: deadlineJson(outcome, doc.locale), result: outcome };
}

/** The reminder (when there is a deadline) and a letter to fill in, as files for the HTML report. */
function consumerFiles(doc: OkDocument, result: DeadlineResult | undefined, today: string): NonNullable<ConsumerAnswer['files']> {
  const locale = doc.locale;
  const name = basename(doc.source).replace(/\.[^.]+$/, '').replace(/[^\p{L}\p{N}_-]+/gu, '-');
  const files: NonNullable<ConsumerAnswer['files']> = [];
  // a stable id without the file's bytes: the rule fingerprints of its findings
  const digest = createHash('sha256').update(doc.source).update(doc.findings.map((f) => f.fingerprint).join()).digest('hex');
  const reminder = result ? reminderOf(result, locale, digest, DEFAULT_REMIND_DAYS) : null;
  if (reminder) files.push({ name: t(locale, 'answer.fileNameReminder', { name }), mediaType: 'text/calendar', content: buildIcs([reminder], version()) });
  const letter = renderLetter(
    {
      result: result ?? null,
      contract: { contractType: doc.facts.contractType, contractDate: doc.facts.contractDate, jurisdiction: doc.jurisdiction, today },
      locale,
      name: t(locale, 'letter.namePlaceholder'),
      address: [],
      provider: null,
    },
    'text',
  );
  files.push({ name: t(locale, 'answer.fileNameLetter', { name }), mediaType: 'text/plain', content: letter });
  return files;
}

/**
 * The report stage for consumers: every analysed document gains its dates (`deadline`, or null
 * with `deadlineReason`) and the answer built from them, placed right after the grade so that a
 * reader of the JSON meets the answer first.
 */
export function withConsumerAnswer(doc: OkDocument, options: ConsumerOptions): OkDocument {
  const { deadline, deadlineReason, result } = deadlineOf(doc, options);
  const answer = buildAnswer({ source: doc.source, locale: doc.locale, score: doc.score, grade: doc.grade, findings: doc.findings, deadline, deadlineReason });
  if (options.files) answer.files = consumerFiles(doc, result, options.today ?? todayIn(doc.jurisdiction));
  const { source, ok, format, language, jurisdiction, locale, pages, score, grade, ...rest } = doc;
  return { source, ok, format, language, jurisdiction, locale, pages, score, grade, answer, deadline, ...(deadlineReason ? { deadlineReason } : {}), ...rest };
}
