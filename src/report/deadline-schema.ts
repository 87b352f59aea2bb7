import { z } from 'zod';

/**
 * The cancellation dates of one contract in the report: the same object `knebel deadline
 * --format json` prints. Dates are YYYY-MM-DD civil dates; `explanation` and the law's notes are
 * sentences in the report's language.
 */
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const periodSchema = z.object({
  kind: z.enum(['initial', 'renewal', 'open']),
  start: date,
  end: date,
  noticeDeadline: date.nullable(),
  /** The notice can still arrive in time for this end. */
  reachable: z.boolean(),
});

export const legalViewSchema = z.object({
  /** Whose dates hold: the contract's, or the law's because a clause is void. */
  basis: z.enum(['contract', 'law']),
  /** 'likely': applied by analogy or contested (gyms, older telecoms contracts). */
  certainty: z.enum(['clear', 'likely']),
  citations: z.array(z.string()),
  /** Earliest end and notice deadline by law, null when the law changes nothing. */
  earliestEnd: date.nullable(),
  noticeDeadline: date.nullable(),
  /** How the notice may be sent: 'letter' only when the contract asks for one and the law lets it. */
  form: z.enum(['letter', 'text-form']),
  /** Citation that makes the contract's letter-only clause void, when it does. */
  formVoidBy: z.string().nullable(),
});

export const deadlineSchema = z.object({
  source: z.string(),
  language: z.enum(['de', 'en']),
  locale: z.enum(['de', 'en']),
  jurisdiction: z.string(),
  contractType: z.string(),
  contractDate: date.nullable(),
  start: date.nullable(),
  startSource: z.enum(['option', 'document']).nullable(),
  today: date,
  earliestEnd: date,
  /** Last day the notice must be received; null when none is needed. */
  noticeDeadline: date.nullable(),
  basis: z.enum(['contract', 'law']),
  endsByItself: z.boolean(),
  ended: z.boolean(),
  periods: z.array(periodSchema),
  explanation: z.array(z.string()),
  contract: z.object({ earliestEnd: date.nullable(), noticeDeadline: date.nullable(), periods: z.array(periodSchema) }),
  law: z
    .object({
      earliestEnd: date.nullable(),
      noticeDeadline: date.nullable(),
      applies: z.boolean(),
      certainty: z.enum(['clear', 'likely']),
      immediate: z.boolean(),
      citations: z.array(z.string()),
      periods: z.array(periodSchema),
      notes: z.array(z.string()),
    })
    .nullable(),
  legalView: legalViewSchema,
  letterForm: z.boolean(),
  facts: z.record(z.string(), z.unknown()),
  warnings: z.array(z.string()),
});

/** Why the dates could not be computed: a stable code and a sentence saying what is needed. */
export const deadlineReasonSchema = z.object({
  code: z.enum(['MISSING_START', 'MISSING_FACTS', 'AMBIGUOUS_FACTS']),
  reason: z.string(),
});

export type DeadlineJson = z.infer<typeof deadlineSchema>;
export type DeadlineReason = z.infer<typeof deadlineReasonSchema>;
