import { z } from 'zod';
import { CATEGORIES, CONTRACT_TYPES, SEVERITIES } from '../model/vocabulary.js';
import { answerSchema } from './answer-schema.js';
import { deadlineReasonSchema, deadlineSchema } from './deadline-schema.js';

/**
 * The report model: the one contract between the analysis and every output format.
 * `schema/report.schema.json` is generated from it (npm run schema) and checked by the tests.
 */
const isoDuration = z.string().regex(/^P\d+(?:\.\d+)?[DWMY]$/);

export const evidenceSchema = z.object({
  /** Exact quote: normalizedText.slice(start, end). */
  text: z.string().min(1),
  page: z.number().int().min(1),
  section: z.string().nullable(),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  /** The words inside the quote that triggered the finding, same offsets. */
  match: z.object({ text: z.string(), start: z.number().int().min(0), end: z.number().int().min(0) }),
  /**
   * 1-based line and column of `start` in the source file for .txt, .md and .html (through the
   * normalizer's offset map), in the normalized text (`knebel text`) for PDF and DOCX; columns in
   * UTF-16 code units.
   */
  line: z.number().int().min(1).optional(),
  column: z.number().int().min(1).optional(),
  /** Line and column just past the quote's last character (SARIF convention: endColumn is exclusive). */
  endLine: z.number().int().min(1).optional(),
  endColumn: z.number().int().min(1).optional(),
  /** The quote was read by OCR and holds words the engine was unsure of: the lowest word confidence, 0–100. */
  ocrConfidence: z.number().min(0).max(100).optional(),
});

export const legalBasisSchema = z.object({
  jurisdiction: z.string(),
  citation: z.string(),
  note: z.string().optional(),
});

/** A configured suppression that matched a finding (knebel.config.json "suppressions"). */
export const suppressionSchema = z.object({
  /** Why the finding is accepted: mandatory, shown in every report. */
  reason: z.string().min(1),
  rule: z.string(),
  /** File glob of the suppression, relative to the config file. */
  files: z.string(),
  /** Clause text the suppression is limited to, when given. */
  text: z.string().optional(),
  /** Config file that declared it. */
  config: z.string().optional(),
});

export const findingSchema = z.object({
  ruleId: z.string(),
  category: z.enum(CATEGORIES),
  severity: z.enum(SEVERITIES),
  title: z.string(),
  message: z.string(),
  /** Why the clause binds the customer. */
  explanation: z.string(),
  evidence: evidenceSchema,
  legalBasis: z.array(legalBasisSchema),
  suggestion: z.string(),
  /** Points this finding takes off the freedom score. */
  points: z.number().int().min(0),
  /** Stable id: rule id + hash of the normalized clause text (no offsets, no line numbers). */
  fingerprint: z.string(),
  /** The fact value that triggered the rule, e.g. "P24M". */
  value: z.string().optional(),
  /** Present when a suppression accepts this finding: it stays in the report but costs no points (`points` is 0). */
  suppressed: suppressionSchema.optional(),
  /** "model" for a statistical match of the second opinion (`--no-model` turns it off); absent for rule findings. */
  source: z.literal('model').optional(),
  /** What the statistical model saw: its probability and the n-grams that weighed most (weight = share of the log-odds). */
  model: z
    .object({
      probability: z.number().min(0).max(1),
      ngrams: z.array(z.object({ text: z.string(), weight: z.number() })),
    })
    .optional(),
});

const factEvidenceSchema = z.object({ text: z.string(), page: z.number().int(), section: z.string().nullable(), start: z.number().int(), end: z.number().int() });

export const factsSchema = z.object({
  minimumTerm: isoDuration.nullable(),
  autoRenewal: z.boolean().nullable(),
  /**
   * A fixed renewal period; "indefinite" = continues open-ended; "same-as-initial" = renews for as long
   * as the period before, which the contract does not name (when it names the initial term, that is given instead).
   */
  renewalTerm: z.union([isoDuration, z.literal('indefinite'), z.literal('same-as-initial')]).nullable(),
  noticePeriod: isoDuration.nullable(),
  /** What the notice runs up to: end of the term, of a month or quarter, or any day. */
  noticeAnchor: z.enum(['term-end', 'month-end', 'quarter-end', 'year-end', 'anytime']).nullable(),
  /**
   * The notice in the open-ended phase after the first term, when the contract states one that differs
   * from `noticePeriod` (which is then the notice before the end of the first term); null when one notice
   * applies throughout. Optional, so that reports written before it still validate.
   */
  openNoticePeriod: isoDuration.nullable().optional(),
  /** The contract states that there is no minimum term. */
  noMinimumTerm: z.boolean(),
  contractType: z.enum(CONTRACT_TYPES),
  /** YYYY-MM-DD from the contract or --contract-date, null when unknown. */
  contractDate: z.string().nullable(),
  /** YYYY-MM-DD the service starts, when the contract states it. */
  startDate: z.string().nullable(),
  /** Introductory and regular price, and when the price steps up. */
  prices: z.object({
    intro: z.object({ amount: z.number(), currency: z.string(), period: isoDuration.nullable() }).nullable(),
    regular: z.object({ amount: z.number(), currency: z.string() }).nullable(),
    stepUpAfter: isoDuration.nullable(),
  }).nullable(),
  /** Extra fees: one-off or recurring. */
  fees: z.array(z.object({ name: z.string(), amount: z.number(), currency: z.string(), recurrence: z.enum(['one-off', 'monthly', 'quarterly', 'half-yearly', 'yearly', 'per-use']).nullable() })),
  /** How the contract lets the customer cancel, and the ways it refuses. */
  cancellationChannels: z.object({
    permitted: z.array(z.enum(['text-form', 'email', 'online', 'letter', 'registered-mail', 'fax', 'phone', 'in-person', 'app'])),
    refused: z.array(z.enum(['text-form', 'email', 'online', 'letter', 'registered-mail', 'fax', 'phone', 'in-person', 'app'])),
  }),
  /** The provider reserves a right to change prices; with a free exit, or only with consent. */
  priceChange: z.object({ reserved: z.boolean(), freeExit: z.boolean(), consentRequired: z.boolean() }).nullable(),
  /** Pause / suspension rules: whether a pause is appended to the term. */
  pause: z.object({ extendsTerm: z.boolean() }).nullable(),
  /** Extraordinary termination excluded or restricted by the contract. */
  extraordinaryTermination: z.enum(['excluded', 'restricted']).nullable(),
  /** Where each fact was read. */
  evidence: z.record(z.string(), factEvidenceSchema),
});

/** One clause of the normalized text (only when requested, e.g. for the HTML report and `knebel diff`). */
export const clauseSchema = z.object({
  section: z.string().nullable(),
  heading: z.string().nullable(),
  isHeading: z.boolean(),
  page: z.number().int().min(1),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  text: z.string(),
});

export const okDocumentSchema = z.object({
  source: z.string(),
  ok: z.literal(true),
  format: z.enum(['pdf', 'docx', 'txt', 'md', 'html', 'image']),
  language: z.enum(['de', 'en']),
  jurisdiction: z.string(),
  /** Language of the messages in this report. */
  locale: z.enum(['de', 'en']),
  pages: z.number().int().min(1),
  score: z.number().int().min(0).max(100),
  grade: z.enum(['A', 'B', 'C', 'D', 'E', 'F']),
  /** `knebel check`: the consumer's answer (verdict, worst traps, dates, next step), first in every format. */
  answer: answerSchema.optional(),
  /** `knebel check`: the cancellation dates (as `knebel deadline --format json`), null when they cannot be computed. */
  deadline: deadlineSchema.nullable().optional(),
  /** Why `deadline` is null: a stable code and what is needed. */
  deadlineReason: deadlineReasonSchema.optional(),
  facts: factsSchema,
  findings: z.array(findingSchema),
  /** How jurisdiction and contract date were determined. */
  context: z.object({
    jurisdictionSource: z.enum(['option', 'governing-law', 'location', 'language']),
    contractDateSource: z.enum(['option', 'document']).nullable(),
    encoding: z.string().optional(),
    characters: z.number().int(),
    clauses: z.number().int(),
  }),
  warnings: z.array(z.string()),
  /** Pages read by OCR (scans, photos): each with the engine and its mean word confidence, 0–100. */
  ocr: z.object({ pages: z.array(z.object({ page: z.number().int().min(1), engine: z.string(), confidence: z.number().min(0).max(100) })) }).optional(),
  /** The document's clauses, when requested (--format html, knebel diff). */
  clauses: z.array(clauseSchema).optional(),
  /** With --baseline: findings already in the baseline are left out of `findings` and counted here. */
  baseline: z
    .object({
      /** Findings of this document that the baseline already holds (not listed). */
      matched: z.number().int().min(0),
      /** Baseline findings of this document that are gone now. */
      fixed: z.number().int().min(0),
      /** This document's score in the baseline, null when the baseline does not hold it. */
      score: z.number().int().min(0).max(100).nullable(),
    })
    .optional(),
});

export const failedDocumentSchema = z.object({
  source: z.string(),
  ok: z.literal(false),
  error: z.object({ code: z.string(), message: z.string() }),
});

export const documentReportSchema = z.discriminatedUnion('ok', [okDocumentSchema, failedDocumentSchema]);

/** What a rule is about, for the rules that produced the findings of a report (SARIF tool.driver.rules). */
export const ruleInfoSchema = z.object({
  id: z.string(),
  category: z.enum(CATEGORIES),
  title: z.string(),
  /** Why clauses of this kind bind, without the values of one contract. */
  description: z.string(),
  /** Level when no jurisdiction-, type- or date-specific condition applies. */
  defaultSeverity: z.enum(SEVERITIES),
  legalBasis: z.array(legalBasisSchema),
  suggestion: z.string(),
  /** "builtin" or the rule pack folder. */
  pack: z.string(),
});

export const policyFailureSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('fail-under'), source: z.string(), score: z.number().int(), threshold: z.number().int(), baselineScore: z.number().int().nullable().optional() }),
  z.object({ type: z.literal('fail-on'), source: z.string(), ruleId: z.string(), severity: z.enum(SEVERITIES), threshold: z.enum(SEVERITIES), fingerprint: z.string() }),
]);

/** The verdict of --fail-under / --fail-on (exit code 1 when it did not pass). */
export const policySchema = z.object({
  failUnder: z.number().int().min(0).max(100).nullable(),
  failOn: z.enum(SEVERITIES).nullable(),
  passed: z.boolean(),
  failures: z.array(policyFailureSchema),
});

export const reportSchema = z.object({
  schemaVersion: z.literal(1),
  tool: z.object({ name: z.literal('knebel'), version: z.string() }),
  documents: z.array(documentReportSchema),
  summary: z.object({
    documents: z.number().int(),
    failed: z.number().int(),
    /** Present (true) when a signal stopped the batch: documents not yet started are missing, running ones are INTERRUPTED. */
    interrupted: z.literal(true).optional(),
  }),
  /** The rules behind the findings, in the report's locale. */
  rules: z.array(ruleInfoSchema).optional(),
  policy: policySchema.optional(),
  /** With --baseline: the baseline report that was compared against. */
  baseline: z.object({ source: z.string(), findings: z.number().int().min(0) }).optional(),
});

export type Report = z.infer<typeof reportSchema>;
export type DocumentReport = z.infer<typeof documentReportSchema>;
export type OkDocument = z.infer<typeof okDocumentSchema>;
export type FailedDocument = z.infer<typeof failedDocumentSchema>;
export type Finding = z.infer<typeof findingSchema>;
export type Facts = z.infer<typeof factsSchema>;
export type Suppression = z.infer<typeof suppressionSchema>;
export type Clause = z.infer<typeof clauseSchema>;
export type RuleInfo = z.infer<typeof ruleInfoSchema>;
export type Policy = z.infer<typeof policySchema>;
export type PolicyFailure = z.infer<typeof policyFailureSchema>;
