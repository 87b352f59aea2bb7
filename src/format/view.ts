import { parseIso } from '../model/duration.js';
import { formatCivil, formatDuration, t, type Locale, type MessageKey } from '../i18n/messages.js';
import { placeOf } from '../report/answer.js';
import { groupByClause, type ClauseGroup } from '../report/clauses.js';
import type { Finding, OkDocument, Report } from '../report/schema.js';
import { compareSeverity, type Severity } from '../model/vocabulary.js';
import { type Charge, charges } from '../model/penalty.js';
import { severityName } from './labels.js';

/**
 * The view model: everything a formatter shows, already chosen, ordered, labelled and put into
 * the reader's language (fact rows, quote parts, findings grouped by clause, point reasons,
 * dates). Text, Markdown and HTML only lay it out.
 */
export interface QuotePart {
  text: string;
  /** The words that triggered a finding. */
  marked: boolean;
}

export interface FindingView {
  finding: Finding;
  locale: Locale;
  severity: Severity;
  /** "hoch", "kritisch" */
  severityName: string;
  title: string;
  ruleId: string;
  points: number;
  /** "−10 Punkte: hoch, halber Abzug, weil „automatische Verlängerung“ oben schon zählt" */
  pointsReason: string;
  message: string;
  explanation: string;
  legalBasis: string[];
  suggestion: string;
  suppressedReason: string | null;
}

export interface ClauseView {
  /** "Seite 1, § 2 (3)" */
  where: string;
  quote: QuotePart[];
  /** Opening and closing quotation marks of the contract's language. */
  marks: [string, string];
  /** The worst severity of its findings (suppressed clauses: their own). */
  severity: Severity;
  suppressed: boolean;
  findings: FindingView[];
  group: ClauseGroup;
}

export interface DocumentView {
  doc: OkDocument;
  locale: Locale;
  /** "pdf, Sprache de, 3 Seiten, Rechtsordnung DE" */
  meta: string;
  facts: [label: string, value: string][];
  /** Clauses that bind (active findings above "info"): what the header and the verdict count. */
  clauses: ClauseView[];
  /** Clauses with information-only findings. */
  notes: ClauseView[];
  suppressed: ClauseView[];
  /** "Abzug insgesamt: 100 Punkte (100 − 100 = 0)" */
  pointsTotal: string | null;
  baseline: string | null;
  warnings: string[];
}



/** The quote of a clause cut into plain and marked parts. */
export function quoteParts(group: ClauseGroup): QuotePart[] {
  const inside = group.marks
    .map((m) => ({ start: Math.max(m.start, group.start) - group.start, end: Math.min(m.end, group.end) - group.start }))
    .filter((m) => m.start < m.end)
    .sort((a, b) => a.start - b.start);
  const parts: QuotePart[] = [];
  let at = 0;
  for (const m of inside) {
    if (m.end <= at) continue;
    const from = Math.max(m.start, at);
    if (from > at) parts.push({ text: group.text.slice(at, from), marked: false });
    parts.push({ text: group.text.slice(from, m.end), marked: true });
    at = m.end;
  }
  if (at < group.text.length) parts.push({ text: group.text.slice(at), marked: false });
  return parts;
}

/** Why a finding costs what it costs (src/model/penalty.ts), in the reader's words. */
function pointsReason(locale: Locale, finding: Finding, charge: Charge | undefined): string {
  if (finding.suppressed) return t(locale, 'points.suppressed');
  const severity = severityName(locale, finding.severity);
  const category = t(locale, `category.${finding.category}` as MessageKey);
  switch (charge?.reason) {
    case 'full':
      return t(locale, 'points.full', { points: finding.points, severity });
    case 'general':
      return t(locale, 'points.general', { points: finding.points, severity });
    case 'repeat':
      return t(locale, 'points.repeat', { points: finding.points, severity, category });
    case 'uncharged':
      return t(locale, 'points.uncharged', { category });
    default:
      return t(locale, 'points.none');
  }
}

function findingView(locale: Locale, finding: Finding, charge: Charge | undefined): FindingView {
  return {
    finding,
    locale,
    severity: finding.severity,
    severityName: severityName(locale, finding.severity),
    title: finding.title,
    ruleId: finding.ruleId,
    points: finding.points,
    pointsReason: pointsReason(locale, finding, charge),
    message: finding.message,
    explanation: finding.explanation,
    legalBasis: finding.legalBasis.map((b) => `${b.citation} (${b.jurisdiction.toUpperCase()})${b.note ? ` – ${b.note}` : ''}`),
    suggestion: finding.suggestion,
    suppressedReason: finding.suppressed?.reason ?? null,
  };
}

/** Each active finding's charge, priced over the document's active findings as the score was. */
function chargeMap(doc: OkDocument): Map<Finding, Charge> {
  const active = doc.findings.filter((f) => !f.suppressed);
  const priced = charges(active);
  return new Map(active.map((f, i) => [f, priced[i]]));
}

function clauseViews(doc: OkDocument, findings: readonly Finding[]): ClauseView[] {
  const locale = doc.locale;
  const charged = chargeMap(doc);
  const quoteMarks: [string, string] = [t(doc.language, 'quote.open'), t(doc.language, 'quote.close')];
  return groupByClause(findings)
    .map((group) => {
      const ordered = [...group.findings].sort((a, b) => compareSeverity(a.severity, b.severity));
      return {
        where: placeOf(locale, group.page, group.section),
        quote: quoteParts(group),
        marks: quoteMarks,
        severity: ordered[0].severity,
        suppressed: ordered.every((f) => f.suppressed),
        findings: ordered.map((f) => findingView(locale, f, charged.get(f))),
        group,
      };
    })
    .sort((a, b) => compareSeverity(a.severity, b.severity));
}

function durationValue(value: string | null, locale: Locale): string {
  if (value === null) return t(locale, 'facts.notStated');
  if (value === 'indefinite') return t(locale, 'facts.indefinite');
  if (value === 'same-as-initial') return t(locale, 'value.sameAsInitial');
  return formatDuration(parseIso(value), locale);
}

/** The contract's facts as label/value rows, dates in words. */
export function factRows(doc: OkDocument): [string, string][] {
  const locale = doc.locale;
  const f = doc.facts;
  const renewal =
    f.autoRenewal === null ? t(locale, 'facts.notStated') : f.autoRenewal ? `${t(locale, 'facts.yes')}${f.renewalTerm ? ` – ${durationValue(f.renewalTerm, locale)}` : ''}` : t(locale, 'facts.no');
  const rows: [string, string][] = [
    [t(locale, 'facts.minimumTerm'), f.noMinimumTerm ? t(locale, 'facts.noMinimumTerm') : durationValue(f.minimumTerm, locale)],
    [t(locale, 'facts.autoRenewal'), renewal],
    [t(locale, 'facts.noticePeriod'), durationValue(f.noticePeriod, locale)],
    [t(locale, 'facts.contractType'), t(locale, `contractType.${f.contractType}`)],
    [t(locale, 'facts.contractDate'), f.contractDate ? formatCivil(f.contractDate, locale) : t(locale, 'facts.assumedToday')],
  ];
  if (f.startDate && f.startDate !== f.contractDate) rows.push([t(locale, 'deadline.start'), formatCivil(f.startDate, locale)]);
  return rows;
}

export function documentView(doc: OkDocument): DocumentView {
  const locale = doc.locale;
  const lost = doc.findings.reduce((sum, f) => sum + f.points, 0);
  const shown = clauseViews(doc, doc.findings.filter((f) => !f.suppressed));
  const binds = (c: ClauseView) => c.findings.some((f) => f.severity !== 'info');
  return {
    doc,
    locale,
    meta: [doc.format, `${t(locale, 'language.detected')} ${doc.language}`, t(locale, 'document.pages', { count: doc.pages }), `${t(locale, 'facts.jurisdiction')} ${doc.jurisdiction.toUpperCase()}`].join(', '),
    facts: factRows(doc),
    clauses: shown.filter(binds),
    notes: shown.filter((c) => !binds(c)),
    suppressed: clauseViews(doc, doc.findings.filter((f) => f.suppressed)),
    pointsTotal: lost === 0 ? null : t(locale, lost > 100 ? 'points.totalFloor' : 'points.total', { points: lost, score: doc.score }),
    baseline: doc.baseline ? t(locale, 'label.baseline', { matched: doc.baseline.matched, fixed: doc.baseline.fixed }) : null,
    warnings: doc.warnings,
  };
}

/** Language of a report's shared parts (summary, policy): the option, else the first analysed document's. */
export function summaryLocale(report: Report, locale?: Locale): Locale {
  return locale ?? report.documents.find((d): d is OkDocument => d.ok)?.locale ?? 'en';
}

/** "4 Dokumente, 1 fehlgeschlagen" */
export function documentCount(report: Report, locale: Locale): string {
  return t(locale, 'summary.failed', { documents: t(locale, 'summary.count', { count: report.summary.documents }), failed: report.summary.failed });
}

/** The worst active finding of a document, named in the summary's language: "hoch: Kündigungsfrist". */
export function worstInWords(doc: OkDocument, locale: Locale): { severity: Severity; text: string; ruleId: string } | null {
  let worst: Finding | undefined;
  for (const f of doc.findings) if (!f.suppressed && f.severity !== 'info' && (!worst || compareSeverity(f.severity, worst.severity) < 0)) worst = f;
  if (!worst) return null;
  const category = t(locale, `category.${worst.category}` as MessageKey);
  return { severity: worst.severity, text: `${severityName(locale, worst.severity)}: ${category.charAt(0).toUpperCase()}${category.slice(1)}`, ruleId: worst.ruleId };
}
