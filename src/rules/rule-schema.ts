import type { z as Zod } from 'zod';
import { isIsoDuration } from '../model/duration.js';
import { describeJurisdictions, JURISDICTIONS } from '../model/jurisdiction.js';
import { CATEGORIES, CONTRACT_TYPES, SEVERITIES } from './vocabulary.js';

/** How a rule matches: a fact the extractor read, phrase patterns, or raw regular expressions. */
export const RULE_KINDS = ['fact', 'phrase', 'regex'] as const;
export type RuleKind = (typeof RULE_KINDS)[number];

/**
 * The rule file schema, built with the zod the caller passes: the CLI's analysis processes load
 * zod (~100 ms) only when a rule file needs validating (a user pack, a built-in file edited since
 * the build validated it), and then synchronously, through its CommonJS build.
 */
export function buildRuleSchema(z: typeof Zod) {
  const isoDuration = z.string().refine(isIsoDuration, 'expected an ISO 8601 duration such as P24M, P1Y, P30D');
  const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD');
  const jurisdiction = z.enum(JURISDICTIONS as [string, ...string[]], { message: `unknown jurisdiction; known ids: ${describeJurisdictions()}` });

  /** Text in both languages; a rule may leave out a language it does not apply to. */
  const localized = z.object({ de: z.string().min(1).optional(), en: z.string().min(1).optional() }).strict()
    .refine((v) => v.de !== undefined || v.en !== undefined, 'give the text in at least one language (de, en)');
  const patternList = z.object({ de: z.array(z.string().min(1)).optional(), en: z.array(z.string().min(1)).optional() }).strict();

  const valueCondition = {
    /** The fact's duration is longer than this. */
    longerThan: isoDuration.optional(),
    /** The fact's duration is at most this. */
    atMost: isoDuration.optional(),
  };

  const factMatch = z.object({
    fact: z.enum(['minimumTerm', 'renewalTerm', 'noticePeriod', 'autoRenewal']),
    ...valueCondition,
    /** renewalTerm: true for a fixed period, false for indefinite continuation. */
    fixed: z.boolean().optional(),
    /** noticePeriod: what the notice runs up to (e.g. only to a month end). */
    anchor: z.array(z.enum(['term-end', 'month-end', 'quarter-end', 'year-end', 'anytime'])).optional(),
  }).strict();

  const patternMatch = z.object({
    /** Phrases (kind: phrase) or regular expressions (kind: regex), case-insensitive; one must match a sentence. */
    patterns: patternList,
    /** All of these must match the same sentence too. */
    all: patternList.optional(),
    /** None of these may match the same sentence (negations, fair wording). */
    unless: patternList.optional(),
    /** The match does not count when its first word lies inside a match of one of these ("Sie sind berechtigt"). */
    notInside: patternList.optional(),
    /** Where `all` and `unless` look: the matched sentence (default) or its whole clause. */
    scope: z.enum(['sentence', 'clause']).default('sentence'),
  }).strict();

  const documentConditions = z.object({
    /** Skip the rule when any of these match anywhere in the document (e.g. a parity promise). */
    unlessDocument: patternList.optional(),
    /** Document-level facts that must hold, e.g. { renewalTerm: null }. */
    facts: z.record(z.string(), z.union([z.string(), z.boolean(), z.null()])).optional(),
  }).strict();

  const when = z.object({
    jurisdiction: z.array(jurisdiction).optional(),
    contractType: z.array(z.enum(CONTRACT_TYPES)).optional(),
    /** Contract concluded before this date (unknown dates count as today). */
    concludedBefore: isoDate.optional(),
    concludedOnOrAfter: isoDate.optional(),
    /** false: the fact's length is not stated (a renewal "for the same period" with no initial term named). */
    lengthStated: z.boolean().optional(),
    ...valueCondition,
  }).strict();

  const example = z.union([
    z.string().min(1),
    z.object({
      text: z.string().min(1),
      jurisdiction: jurisdiction.optional(),
      contractType: z.enum(CONTRACT_TYPES).optional(),
      contractDate: isoDate.optional(),
      severity: z.enum(SEVERITIES).optional(),
      /** Words the finding must quote (a part of the matched text). */
      quote: z.string().min(1).optional(),
    }).strict(),
  ]);
  const examples = z.object({ de: z.array(example).optional(), en: z.array(example).optional() }).strict();

  const ruleSchema = z.object({
    id: z.string().regex(/^[a-z0-9]+(?:[-.][a-z0-9]+)*$/, 'lowercase letters, digits, "-" and "." only'),
    /** The rule this one refines: everything not given here is inherited (see src/rules/extend.ts). */
    extends: z.string().min(1).optional(),
    /** A user rule that takes the place of this built-in rule, which then does not run. */
    replaces: z.string().min(1).optional(),
    /** How the rule matches; default: fact for a fact match, regex for patterns (older packs). */
    kind: z.enum(RULE_KINDS).optional(),
    category: z.enum(CATEGORIES),
    title: localized,
    match: z.union([factMatch, patternMatch]),
    document: documentConditions.optional(),
    /** First entry whose `when` holds gives the severity; no entry holding means no finding. */
    severity: z.array(z.object({ level: z.enum(SEVERITIES), when: when.optional() }).strict()).min(1),
    message: localized,
    /** Why the clause binds the customer, in plain language. */
    explanation: localized,
    legalBasis: z.array(z.object({
      jurisdiction,
      citation: z.string().min(1),
      note: localized.optional(),
      /** Only cite this for these kinds of contract (e.g. TKG for telecoms). */
      contractType: z.array(z.enum(CONTRACT_TYPES)).optional(),
    }).strict()).default([]),
    suggestion: localized,
    examples: z.object({ flag: examples, pass: examples }).strict(),
  }).strict().superRefine((rule, ctx) => {
    const fact = 'fact' in rule.match;
    if (rule.kind && (rule.kind === 'fact') !== fact) {
      ctx.addIssue({ code: 'custom', path: ['kind'], message: fact ? 'a match on a fact is kind: fact' : 'a match with patterns is kind: phrase or kind: regex' });
    }
  });

  return { ruleSchema, factMatch, patternMatch, when, example, localized };
}

type Schemas = ReturnType<typeof buildRuleSchema>;
export type RuleFile = Zod.infer<Schemas['ruleSchema']>;
export type FactMatch = Zod.infer<Schemas['factMatch']>;
export type PatternMatch = Zod.infer<Schemas['patternMatch']>;
export type SeverityCondition = Zod.infer<Schemas['when']>;
export type RuleExample = Zod.infer<Schemas['example']>;
export type Localized = Zod.infer<Schemas['localized']>;

export function isFactMatch(match: RuleFile['match']): match is FactMatch {
  return 'fact' in match;
}

/** The kind a rule declares, or the one its match implies. */
export function kindOf(rule: Pick<RuleFile, 'kind' | 'match'>): RuleKind {
  return rule.kind ?? (isFactMatch(rule.match) ? 'fact' : 'regex');
}
