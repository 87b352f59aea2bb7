import { z } from 'zod';
import { SEVERITIES } from '../model/vocabulary.js';

/**
 * The consumer's answer, first in every format: the verdict (score, grade and what it means),
 * the worst traps, the dates (or what is needed for them), how to send the notice, and the next
 * command. Sentences in the report's language; dates also as YYYY-MM-DD.
 */
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const answerSchema = z.object({
  /** "Freiheits-Score 0/100 · Note F — stark gebunden: 9 Klauseln halten Sie fest" */
  verdict: z.string(),
  /** At most three clauses, worst first. */
  traps: z.array(
    z.object({
      severity: z.enum(SEVERITIES),
      title: z.string(),
      /** "Seite 1, § 3 (2)" */
      where: z.string(),
      points: z.number().int().min(0),
      ruleIds: z.array(z.string()),
      /** The one line shown: "kritisch: Erschwerte Form der Kündigung (Seite 1, § 3 (2))" */
      line: z.string(),
    }),
  ),
  /** "Frühestes Vertragsende … · Kündigung muss zugehen bis …", or what is needed for the dates. */
  dates: z.string(),
  earliestEnd: date.nullable(),
  noticeDeadline: date.nullable(),
  /** How the notice may be sent, when the contract or the law says something about it. */
  form: z.string().nullable(),
  nextStep: z.string(),
  /** With --format html: the calendar reminder and the letter, embedded in the page. */
  files: z.array(z.object({ name: z.string(), mediaType: z.enum(['text/calendar', 'text/plain']), content: z.string() })).optional(),
});

export type ConsumerAnswer = z.infer<typeof answerSchema>;

