import { asModelFinding } from '../classifier/finding.js';
import type { ModelHit } from '../classifier/index.js';
import type { DocumentContext } from '../context/index.js';
import { toIso } from '../model/duration.js';
import type { ExtractedFacts } from '../facts/extract.js';
import type { ContractTerms } from '../facts/terms.js';
import type { Locale } from '../i18n/messages.js';
import type { IngestedDocument } from '../ingest/index.js';
import { ocrPagesOf, quoteConfidence } from '../ocr/evidence.js';
import type { RuleHit } from '../rules/evaluate.js';
import type { Scored } from '../score/index.js';
import type { NormalizedText } from '../text/normalize.js';
import type { Clause } from '../text/segment.js';
import { sourceSpans } from '../text/source-position.js';
import { evidenceOf } from './evidence.js';
import { toFinding } from './finding.js';
import type { Facts, OkDocument } from './schema.js';

/** Document-level fact values as the report and the rules' document conditions state them: durations in ISO 8601. */
export type FactValues = Record<'minimumTerm' | 'renewalTerm' | 'noticePeriod', string | null> & {
  autoRenewal: boolean | null;
  noMinimumTerm: boolean;
  noticeAnchor: ExtractedFacts['noticeAnchor'];
};

/** The report boundary of the facts: typed durations become ISO 8601 strings here. */
export function factValues(facts: ExtractedFacts): FactValues {
  return {
    minimumTerm: facts.minimumTerm ? toIso(facts.minimumTerm) : null,
    autoRenewal: facts.autoRenewal,
    renewalTerm: facts.renewalTerm === null ? null : typeof facts.renewalTerm === 'string' ? facts.renewalTerm : toIso(facts.renewalTerm),
    noticePeriod: facts.noticePeriod ? toIso(facts.noticePeriod) : null,
    noMinimumTerm: facts.noMinimumTerm,
    noticeAnchor: facts.noticeAnchor,
  };
}

/** Everything the stages produced for one document. */
export interface DocumentParts {
  source: string;
  ingested: IngestedDocument;
  normalized: NormalizedText;
  language: 'de' | 'en';
  locale: Locale;
  clauses: readonly Clause[];
  facts: ExtractedFacts;
  values: FactValues;
  terms: ContractTerms;
  context: DocumentContext;
  /** Rule hits, then the model's (src/classifier), in the order `scored.points` follows. */
  hits: readonly (RuleHit | ModelHit)[];
  scored: Scored;
  /** Put the clauses into the report (the HTML report, `knebel diff`). */
  includeClauses?: boolean;
}

/** Where each reported fact was read: the first occurrence with the value the report states. */
function factEvidence({ facts, values, terms, clauses, normalized }: DocumentParts): Facts['evidence'] {
  const text = normalized.text;
  const evidence: Facts['evidence'] = {};
  const firstOf = (key: keyof ExtractedFacts['occurrences'], predicate: (value: unknown) => boolean) => {
    const hit = facts.occurrences[key].find((o) => predicate(o.value));
    if (hit) evidence[key] = evidenceOf(hit, clauses, text);
  };
  const sameIso = (iso: string | boolean | null) => (v: unknown) => (typeof v === 'object' && v !== null ? toIso(v as never) === iso : v === iso);
  firstOf('minimumTerm', sameIso(values.minimumTerm));
  firstOf('renewalTerm', sameIso(values.renewalTerm));
  firstOf('noticePeriod', sameIso(values.noticePeriod));
  firstOf('autoRenewal', (v) => v === values.autoRenewal);
  for (const [name, source] of Object.entries(terms.sources)) {
    evidence[name] = evidenceOf({ clause: source.clause, sentence: source.sentence, match: { start: source.sentence.start, end: source.sentence.start, text: '' } }, clauses, text);
  }
  return evidence;
}

/** The report of one analysed document. */
export function assembleDocument(parts: DocumentParts): OkDocument {
  const { source, ingested, normalized, language, locale, clauses, facts, values, terms, context, hits, scored } = parts;
  const text = normalized.text;
  const place = { clauses, text, locate: sourceSpans(normalized, ingested.source) };
  return {
    source,
    ok: true,
    format: ingested.format,
    language,
    jurisdiction: context.jurisdiction,
    locale,
    pages: normalized.pageCount,
    score: scored.score,
    grade: scored.grade,
    facts: {
      minimumTerm: values.minimumTerm,
      autoRenewal: facts.autoRenewal,
      renewalTerm: values.renewalTerm,
      noticePeriod: values.noticePeriod,
      noticeAnchor: facts.noticeAnchor,
      openNoticePeriod: facts.openNoticePeriod && toIso(facts.openNoticePeriod),
      noMinimumTerm: facts.noMinimumTerm,
      contractType: context.contractType,
      contractDate: context.contractDate,
      startDate: context.startDate,
      prices: terms.prices,
      fees: terms.fees,
      cancellationChannels: terms.cancellationChannels,
      priceChange: terms.priceChange,
      pause: terms.pause,
      extraordinaryTermination: terms.extraordinaryTermination,
      evidence: factEvidence(parts),
    },
    findings: hits.map((hit, i) => {
      const finding = asModelFinding(hit, locale, (h) => toFinding(h, scored.points[i], locale, context, place));
      const ocrConfidence = quoteConfidence(ingested, normalized, finding.evidence.start, finding.evidence.end);
      return ocrConfidence === undefined ? finding : { ...finding, evidence: { ...finding.evidence, ocrConfidence } };
    }),
    context: {
      jurisdictionSource: context.jurisdictionSource,
      contractDateSource: context.contractDateSource,
      ...(ingested.encoding ? { encoding: ingested.encoding } : {}),
      characters: text.length,
      clauses: clauses.length,
    },
    warnings: [
      ...ingested.warnings,
      ...facts.conflicts.map((c) => `"${c.match.text}": the number in words (${c.value.words}) and in digits (${c.value.digits}) disagree; the words were used`),
    ],
    ...ocrPagesOf(ingested),
    ...(parts.includeClauses
      ? { clauses: clauses.map((c) => ({ section: c.section, heading: c.heading, isHeading: c.isHeading, page: c.page, start: c.start, end: c.end, text: c.text })) }
      : {}),
  };
}
