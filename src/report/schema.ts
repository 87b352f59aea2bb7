import { z } from 'zod';
import { CATEGORIES, CONTRACT_TYPES, SEVERITIES } from '../rules/schema.js';

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
});

export const legalBasisSchema = z.object({
  jurisdiction: z.string(),
  citation: z.string(),
  note: z.string().optional(),
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
});

const factEvidenceSchema = z.object({ text: z.string(), page: z.number().int(), section: z.string().nullable(), start: z.number().int(), end: z.number().int() });

export const factsSchema = z.object({
  minimumTerm: isoDuration.nullable(),
  autoRenewal: z.boolean().nullable(),
  renewalTerm: z.union([isoDuration, z.literal('indefinite')]).nullable(),
  noticePeriod: isoDuration.nullable(),
  /** What the notice runs up to: end of the term, of a month or quarter, or any day. */
  noticeAnchor: z.enum(['term-end', 'month-end', 'quarter-end', 'year-end', 'anytime']).nullable(),
  /** The contract states that there is no minimum term. */
  noMinimumTerm: z.boolean(),
  contractType: z.enum(CONTRACT_TYPES),
  /** YYYY-MM-DD from the contract or --contract-date, null when unknown. */
  contractDate: z.string().nullable(),
  /** YYYY-MM-DD the service starts, when the contract states it. */
  startDate: z.string().nullable(),
  /** Where each headline fact was read. */
  evidence: z.record(z.string(), factEvidenceSchema),
});

export const okDocumentSchema = z.object({
  source: z.string(),
  ok: z.literal(true),
  format: z.enum(['pdf', 'docx', 'txt', 'md', 'html']),
  language: z.enum(['de', 'en']),
  jurisdiction: z.string(),
  /** Language of the messages in this report. */
  locale: z.enum(['de', 'en']),
  pages: z.number().int().min(1),
  score: z.number().int().min(0).max(100),
  grade: z.enum(['A', 'B', 'C', 'D', 'E', 'F']),
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
});

export const failedDocumentSchema = z.object({
  source: z.string(),
  ok: z.literal(false),
  error: z.object({ code: z.string(), message: z.string() }),
});

export const documentReportSchema = z.discriminatedUnion('ok', [okDocumentSchema, failedDocumentSchema]);

export const reportSchema = z.object({
  schemaVersion: z.literal(1),
  tool: z.object({ name: z.literal('knebel'), version: z.string() }),
  documents: z.array(documentReportSchema),
  summary: z.object({ documents: z.number().int(), failed: z.number().int() }),
});

export type Report = z.infer<typeof reportSchema>;
export type DocumentReport = z.infer<typeof documentReportSchema>;
export type OkDocument = z.infer<typeof okDocumentSchema>;
export type FailedDocument = z.infer<typeof failedDocumentSchema>;
export type Finding = z.infer<typeof findingSchema>;
export type Facts = z.infer<typeof factsSchema>;
