import type { DocumentContext } from '../context/index.js';
import { formatDuration, interpolate, t, type Locale } from '../i18n/messages.js';
import { describeValue, jurisdictionCovers, type RuleHit } from '../rules/evaluate.js';
import type { sourceSpans } from '../text/source-position.js';
import type { Clause } from '../text/segment.js';
import { evidenceOf, fingerprint } from './evidence.js';
import { localize } from './localize.js';
import type { Finding } from './schema.js';

/** Where a finding stands in the document, for its evidence. */
export interface FindingPlace {
  clauses: readonly Clause[];
  text: string;
  /** Lines of the source file for text, Markdown and HTML; of the normalized text for PDF and DOCX. */
  locate: ReturnType<typeof sourceSpans>;
}

/** The value a rule's message cites, in the report's language. */
function valueText(value: RuleHit['value'], locale: Locale): string {
  if (value === undefined || typeof value === 'boolean') return '';
  if (value === 'indefinite') return t(locale, 'value.indefinite');
  if (value === 'same-as-initial') return t(locale, 'value.sameAsInitial');
  return formatDuration(value, locale);
}

/** A rule hit as the report shows it: worded in the locale, with its quote, legal basis and fingerprint. */
export function toFinding(hit: RuleHit, points: number, locale: Locale, context: DocumentContext, { clauses, text, locate }: FindingPlace): Finding {
  const { jurisdiction, contractType } = context;
  const { rule, evidence } = hit;
  const params = { value: valueText(hit.value, locale), match: evidence.match.text };
  const forType = rule.legalBasis.filter((b) => !b.contractType || b.contractType.includes(contractType));
  const applicable = forType.filter((b) => jurisdictionCovers(b.jurisdiction, jurisdiction));
  const basis = applicable.length ? applicable : jurisdiction === 'generic' ? forType : [];
  const quote = evidenceOf(evidence, clauses, text);
  const span = locate(quote.start, quote.end);
  return {
    ruleId: rule.id,
    category: rule.category,
    severity: hit.severity,
    title: localize(rule.title, locale),
    message: interpolate(localize(rule.message, locale), params),
    explanation: interpolate(localize(rule.explanation, locale), params),
    evidence: { ...quote, match: { ...evidence.match }, ...span },
    legalBasis: basis.map((b) => ({ jurisdiction: b.jurisdiction, citation: b.citation, ...(b.note ? { note: localize(b.note, locale) } : {}) })),
    suggestion: localize(rule.suggestion, locale),
    points,
    fingerprint: fingerprint(rule.id, quote.text),
    ...(describeValue(hit.value) ? { value: describeValue(hit.value) } : {}),
  };
}
