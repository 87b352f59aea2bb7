import { z } from 'zod';
import { SEVERITIES } from '../model/vocabulary.js';
import { findingSchema } from '../report/schema.js';

/**
 * The model of `knebel diff OLD NEW`: what changed between two versions of a contract. Its
 * formatters (text, json, markdown) are pure functions of it, like those of the report.
 */
const side = z.object({
  source: z.string(),
  score: z.number().int().min(0).max(100),
  grade: z.enum(['A', 'B', 'C', 'D', 'E', 'F']),
  language: z.enum(['de', 'en']),
  jurisdiction: z.string(),
  /** Active findings (neither suppressed nor info). */
  findings: z.number().int().min(0),
});

const clauseSide = z.object({ section: z.string().nullable(), page: z.number().int().min(1), text: z.string() });

export const findingChangeSchema = z.object({
  before: findingSchema,
  after: findingSchema,
  /** What differs: severity, value (e.g. P12M → P24M), the quoted clause text, the points. */
  changes: z.array(z.enum(['severity', 'value', 'text', 'points'])),
});

const token = z.object({ text: z.string(), op: z.enum(['same', 'del', 'add']) });
/** A run of words with the same fate: kept, deleted from the old version, added in the new one. */
export type Token = z.infer<typeof token>;
const tokens = z.array(token);

export const clauseChangeSchema = z.object({
  status: z.enum(['changed', 'added', 'removed']),
  old: clauseSide.nullable(),
  new: clauseSide.nullable(),
  /** Changed clauses: the word diff, old and new text as runs of kept, deleted and added words. */
  words: z.object({ old: tokens, new: tokens }).optional(),
});

export const diffReasonSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('score'), old: z.number().int(), new: z.number().int() }),
  z.object({ type: z.literal('new-finding'), ruleId: z.string(), severity: z.enum(SEVERITIES), fingerprint: z.string() }),
  z.object({ type: z.literal('more-severe'), ruleId: z.string(), from: z.enum(SEVERITIES), to: z.enum(SEVERITIES), fingerprint: z.string() }),
]);

export const diffReportSchema = z.object({
  schemaVersion: z.literal(1),
  tool: z.object({ name: z.literal('knebel'), version: z.string() }),
  locale: z.enum(['de', 'en']),
  old: side,
  new: side,
  /** new.score − old.score: negative when the new version binds more. */
  scoreDelta: z.number().int(),
  findings: z.object({
    added: z.array(findingSchema),
    removed: z.array(findingSchema),
    changed: z.array(findingChangeSchema),
    unchanged: z.number().int().min(0),
  }),
  /** Clauses whose text differs, in the order of the new version (removed ones where they stood). */
  clauses: z.array(clauseChangeSchema),
  /** Findings at or above this severity that are new (or became this severe) make the new version worse. */
  failOn: z.enum(SEVERITIES).nullable(),
  worse: z.boolean(),
  reasons: z.array(diffReasonSchema),
});

export type DiffReport = z.infer<typeof diffReportSchema>;
export type FindingChange = z.infer<typeof findingChangeSchema>;
export type ClauseChange = z.infer<typeof clauseChangeSchema>;
export type DiffReason = z.infer<typeof diffReasonSchema>;
