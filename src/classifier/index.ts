import { defaultSeverity } from '../report/catalog.js';
import { jurisdictionCovers, type RuleHit } from '../rules/evaluate.js';
import type { Rule } from '../rules/load.js';
import { SEVERITIES, type Severity } from '../model/vocabulary.js';
import type { Clause } from '../text/segment.js';
import { shippedCombination, type Combination } from './combination.js';
import { cueMask, MIN_PROBABILITY, MODEL_CATEGORIES } from './cues.js';
import { withoutFairVariants } from './fair-variants.js';
import { decidingNgrams, featureText, probabilities, shippedModel, type Contribution, type LoadedModel } from './score.js';

/**
 * The statistical second opinion, the pipeline step after rule evaluation: sentences that hold a
 * cue of a category no rule flagged there are scored by the linear model; a sentence over the
 * category's threshold becomes a model hit, one step milder than the category's built-in rule.
 */
export interface ModelInput {
  language: 'de' | 'en';
  clauses: readonly Clause[];
  /** What the rules found; the model stays silent where a rule of the same category spoke. */
  ruleHits: readonly RuleHit[];
  /** The rules in use: each category borrows its wording and legal basis from its built-in rule. */
  rules: readonly Rule[];
  /** The document's law and kind: the model speaks only where its category's rule has a legal basis. */
  jurisdiction: string;
  contractType: string;
  /** A model other than the shipped one (tests, evaluation). */
  model?: LoadedModel | null;
  /** How rules and model combine (combination.ts); by default the shipped one with the shipped model, none with another model. */
  combination?: Combination | null;
}

/** A rule hit in shape (so scoring and quoting treat it alike), plus what the model saw. */
export interface ModelHit extends RuleHit {
  model: { probability: number; ngrams: Contribution[] };
}

/** One step below a level; "info" stays "info". */
const milder = (level: Severity): Severity => SEVERITIES[Math.min(SEVERITIES.indexOf(level) + 1, SEVERITIES.length - 1)];

/** The model, its combination with the rules and the categories it may speak for here; null when it has nothing to say. */
function opinionContext(input: ModelInput) {
  const model = input.model === undefined ? shippedModel(input.language) : input.model;
  if (!model) return null;
  const combination = input.combination !== undefined ? input.combination : input.model === undefined ? shippedCombination(input.language) : null;
  const byId = new Map(input.rules.map((r) => [r.id, r]));
  const rules = MODEL_CATEGORIES.map((m) => byId.get(m.rule)).map((r) => (r && applies(r, input.jurisdiction, input.contractType) ? r : undefined));
  let available = 0;
  rules.forEach((r, c) => {
    if (r) available |= 1 << c;
  });
  return available ? { model, combination, rules, available } : null;
}

export function secondOpinion(input: ModelInput): ModelHit[] {
  const ctx = opinionContext(input);
  if (!ctx) return [];
  const { model, combination, rules, available } = ctx;
  // the threshold chosen with the rules (combination.ts), else the model's own; never under the floor
  const least = (c: number) => Math.max(combination ? combination.add[c] : model.thresholds[c], MIN_PROBABILITY);
  const flagged = flaggedSentences(input.ruleHits);
  const out = new Float64Array(model.categories);
  const hits: ModelHit[] = [];
  for (const clause of input.clauses) {
    if (clause.isHeading) continue;
    // the best sentence per category in this clause: one finding per clause and category, like a rule
    const best = new Map<number, { sentence: Clause['sentences'][number]; lower: string; p: number }>();
    for (const sentence of clause.sentences) {
      const lower = featureText(sentence.text);
      const wanted = cueMask(lower, input.language) & available & ~(flagged.get(sentence.start) ?? 0);
      if (!wanted) continue;
      probabilities(model, lower, wanted, out);
      let over = 0;
      for (let c = 0; c < model.categories; c++) if ((wanted >> c) & 1 && out[c] >= least(c)) over |= 1 << c;
      // a fair variant of the category (a lawful carve-out, a right of both parties) is no finding
      if (over) over = withoutFairVariants(over, sentence.text, input.language);
      for (let c = 0; c < model.categories; c++) {
        if ((over >> c) & 1 && (best.get(c)?.p ?? -1) < out[c]) best.set(c, { sentence, lower, p: out[c] });
      }
    }
    for (const [c, { sentence, lower, p }] of [...best.entries()].sort((a, b) => a[0] - b[0])) {
      const rule = rules[c]!;
      const ngrams = decidingNgrams(model, lower, c);
      // the lower-cased text has the sentence's offsets unless lower-casing changed its length
      const top = ngrams[0] && lower.length === sentence.text.length ? ngrams[0] : { start: 0, end: sentence.text.length };
      hits.push({
        // the category's built-in rule lends its explanation, legal basis and fairer wording;
        // the id says the finding is the model's (own fingerprint, own SARIF rule)
        rule: { ...rule, id: `model-${rule.category}` },
        severity: milder(defaultSeverity(rule)),
        model: { probability: Math.round(p * 1000) / 1000, ngrams },
        evidence: {
          clause: clause.index,
          sentence: { start: sentence.start, end: sentence.end },
          match: { start: sentence.start + top.start, end: sentence.start + top.end, text: sentence.text.slice(top.start, top.end) },
        },
      });
    }
  }
  return hits;
}

/**
 * A category counts where its built-in rule cites law for this jurisdiction and contract type (or
 * the jurisdiction is generic): e.g. English law in an English consumer contract is no finding,
 * and the model, which cannot tell whose law a sentence names, must not make it one.
 */
export function applies(rule: Rule, jurisdiction: string, contractType: string): boolean {
  if (jurisdiction === 'generic') return true;
  return rule.legalBasis.some((b) => (!b.contractType || (b.contractType as readonly string[]).includes(contractType)) && jurisdictionCovers(b.jurisdiction, jurisdiction));
}

/** Sentence start → bitmask of the model categories a rule already flagged in that sentence. */
function flaggedSentences(hits: readonly RuleHit[]): Map<number, number> {
  const flagged = new Map<number, number>();
  for (const hit of hits) {
    const c = MODEL_CATEGORIES.findIndex((m) => m.category === hit.rule.category);
    if (c < 0) continue;
    const start = hit.evidence.sentence.start;
    flagged.set(start, (flagged.get(start) ?? 0) | (1 << c));
  }
  return flagged;
}

/** Rule and model hits in one list, most severe first (the order scoring expects), then by position. */
export function withModelHits(ruleHits: readonly RuleHit[], modelHits: readonly ModelHit[]): (RuleHit | ModelHit)[] {
  if (!modelHits.length) return [...ruleHits];
  const rank = (h: RuleHit) => SEVERITIES.indexOf(h.severity);
  return [...ruleHits, ...modelHits].sort((a, b) => rank(a) - rank(b) || a.evidence.sentence.start - b.evidence.sentence.start);
}

