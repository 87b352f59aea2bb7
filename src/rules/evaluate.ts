import type { DocumentContext } from '../context/index.js';
import { exceeds, parseIso, toIso, type Duration } from '../model/duration.js';
import type { ExtractedFacts, FactEvidence, RenewalTerm } from '../facts/extract.js';
import { TextScans } from '../prefilter/scans.js';
import { clauseContext, type Clause, type Sentence } from '../text/segment.js';
import type { Pattern, Rule } from './load.js';
import { anyCovers, covers } from '../model/jurisdiction.js';
import { SEVERITIES, type Severity } from './vocabulary.js';
import { isFactMatch, type SeverityCondition } from './rule-schema.js';

type Lang = 'de' | 'en';

export interface RuleInput {
  language: Lang;
  context: DocumentContext;
  clauses: readonly Clause[];
  /** The normalized text; every sentence of `clauses` is a slice of it. */
  text: string;
  facts: ExtractedFacts;
  /** Document-level fact values as they appear in the report (ISO strings, booleans, null). */
  factValues: Record<string, string | boolean | null>;
  /** Literal scans of the sentences in clause order, when the caller made them already. */
  sentenceScans?: TextScans;
  /** Literal scan of the whole text, when the caller made it already. */
  documentScan?: TextScans;
}

/** A rule that fired on one clause, before wording and scoring. */
export interface RuleHit {
  rule: Rule;
  severity: Severity;
  evidence: FactEvidence;
  /** The fact value that triggered a fact rule. */
  value?: Duration | RenewalTerm | boolean;
}

const today = () => new Date().toISOString().slice(0, 10);

/** Kept for callers of the former helper: the one jurisdiction model decides. */
export const jurisdictionCovers = covers;

function holds(condition: SeverityCondition | undefined, context: DocumentContext, value: RuleHit['value']): boolean {
  if (!condition) return true;
  if (!anyCovers(condition.jurisdiction, context.jurisdiction)) return false;
  if (condition.contractType && !condition.contractType.includes(context.contractType)) return false;
  const date = context.contractDate ?? today();
  if (condition.concludedBefore && !(date < condition.concludedBefore)) return false;
  if (condition.concludedOnOrAfter && !(date >= condition.concludedOnOrAfter)) return false;
  if (condition.lengthStated !== undefined && (value !== 'same-as-initial') !== condition.lengthStated) return false;
  return valueHolds(condition, value);
}

function valueHolds(condition: { longerThan?: string; atMost?: string }, value: RuleHit['value']): boolean {
  if (!condition.longerThan && !condition.atMost) return true;
  if (typeof value !== 'object' || value === null) return false;
  if (condition.longerThan && !exceeds(value, parseIso(condition.longerThan))) return false;
  if (condition.atMost && exceeds(value, parseIso(condition.atMost))) return false;
  return true;
}

function severityFor(rule: Rule, context: DocumentContext, value: RuleHit['value']): Severity | null {
  return rule.severity.find((entry) => holds(entry.when, context, value))?.level ?? null;
}

/** Run a pattern whose literals were already checked (guarded patterns would check again). */
const run = (pattern: Pattern, text: string): RegExpExecArray | null => (pattern.run ?? pattern.exec).call(pattern, text);

function documentAllows(rule: Rule, input: RuleInput, documentScan: TextScans): boolean {
  if (rule.compiled.unlessDocument[input.language].some((p) => documentScan.mayMatch(p, 0) && run(p, input.text))) return false;
  for (const [fact, expected] of Object.entries(rule.document?.facts ?? {})) {
    if ((input.factValues[fact] ?? null) !== expected) return false;
  }
  return true;
}

function factHits(rule: Rule, input: RuleInput): { evidence: FactEvidence; value: RuleHit['value'] }[] {
  const match = rule.match;
  if (!isFactMatch(match)) return [];
  const occurrences = input.facts.occurrences[match.fact] as (FactEvidence & { value: Duration | RenewalTerm | boolean })[];
  return occurrences
    .filter((o) => {
      const value: RuleHit['value'] = o.value;
      // a renewal "for the same period" is fixed too: only its length is unstated
      if (match.fixed !== undefined && (value === 'same-as-initial' || (value !== 'indefinite' && typeof value === 'object')) !== match.fixed) return false;
      if (match.anchor && !match.anchor.includes((value as { anchor?: string }).anchor as never)) return false;
      return valueHolds(match, value);
    })
    .map((o) => ({ evidence: o, value: o.value }));
}

/** A document's sentences in order, with their clauses and literal scans. */
interface Sentences {
  list: { clause: Clause; sentence: Sentence }[];
  scans: TextScans;
}

function patternHits(rule: Rule, input: RuleInput, sentences: Sentences): { evidence: FactEvidence; value?: RuleHit['value'] }[] {
  const { patterns, all, unless, notInside } = rule.compiled;
  const lang = input.language;
  if (patterns[lang].length === 0) return [];
  const hits: { evidence: FactEvidence; value?: RuleHit['value'] }[] = [];
  const { list, scans } = sentences;
  for (const index of scans.candidates(patterns[lang])) {
    const { clause, sentence } = list[index];
    let found: RegExpExecArray | null = null;
    for (const p of patterns[lang]) {
      found = scans.mayMatch(p, index) ? run(p, sentence.text) : null;
      if (found) break;
    }
    if (!found) continue;
    const first = found.index;
    if (notInside[lang].some((p) => {
      const outer = scans.mayMatch(p, index) ? run(p, sentence.text) : null;
      return outer !== null && outer.index <= first && first < outer.index + outer[0].length;
    })) continue;
    if ((rule.match as { scope?: string }).scope === 'clause') {
      const scope = clauseContext(clause, sentence);
      if (!all[lang].every((p) => p.test(scope))) continue;
      if (unless[lang].some((p) => p.test(scope))) continue;
    } else {
      if (!all[lang].every((p) => scans.mayMatch(p, index) && run(p, sentence.text))) continue;
      if (unless[lang].some((p) => scans.mayMatch(p, index) && run(p, sentence.text))) continue;
    }
    hits.push({
      evidence: {
        clause: clause.index,
        sentence: { start: sentence.start, end: sentence.end },
        match: { start: sentence.start + found.index, end: sentence.start + found.index + found[0].length, text: found[0] },
      },
    });
  }
  return hits;
}

const rank = (s: Severity) => SEVERITIES.indexOf(s);

/**
 * Run every rule over the document. Findings are per clause: one clause may raise several
 * categories, but within a category only its most severe hit counts, once for the built-in rules
 * and once for the user packs (a company's own rule is never hidden by a built-in one). Where a
 * rule fires, the rules it extends do not report the same clause.
 */
export function evaluateRules(rules: readonly Rule[], input: RuleInput): RuleHit[] {
  // each sentence (and the document) is scanned for the rules' literals once, not once per rule
  const list = input.clauses.flatMap((clause) => clause.sentences.map((sentence) => ({ clause, sentence })));
  const scans = input.sentenceScans && input.documentScan
    ? { parts: input.sentenceScans, whole: input.documentScan }
    : TextScans.ofSpans(input.text, list.map((entry) => entry.sentence));
  const sentences: Sentences = { list, scans: scans.parts };
  const documentScan = scans.whole;
  const hits: RuleHit[] = [];
  for (const rule of rules) {
    if (!documentAllows(rule, input, documentScan)) continue;
    const candidates = isFactMatch(rule.match) ? factHits(rule, input) : patternHits(rule, input, sentences);
    for (const candidate of candidates) {
      const severity = severityFor(rule, input.context, candidate.value);
      if (severity) hits.push({ rule, severity, ...candidate });
    }
  }
  const superseded = new Set(hits.flatMap((hit) => (hit.rule.lineage ?? []).map((base) => `${hit.evidence.clause}:${base}`)));
  const byClauseAndCategory = new Map<string, RuleHit>();
  for (const hit of hits) {
    if (superseded.has(`${hit.evidence.clause}:${hit.rule.id}`)) continue;
    const key = `${hit.evidence.clause}:${hit.rule.category}:${hit.rule.pack === 'builtin' ? 'builtin' : 'user'}`;
    const existing = byClauseAndCategory.get(key);
    if (!existing || rank(hit.severity) < rank(existing.severity)) byClauseAndCategory.set(key, hit);
  }
  return [...byClauseAndCategory.values()].sort(
    (a, b) => rank(a.severity) - rank(b.severity) || a.evidence.sentence.start - b.evidence.sentence.start || a.rule.id.localeCompare(b.rule.id),
  );
}

export function describeValue(value: RuleHit['value']): string | undefined {
  if (value === undefined || typeof value === 'boolean') return undefined;
  return typeof value === 'string' ? value : toIso(value);
}
