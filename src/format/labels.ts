import { interpolate, t, type Locale } from '../i18n/messages.js';
import type { Finding, OkDocument, PolicyFailure } from '../report/schema.js';
import { SEVERITIES } from '../rules/vocabulary.js';

/** Labels of the CI formats (SARIF, GitHub, Markdown, HTML, summary table, diff), in both languages. */
const en = {
  suppressed: 'suppressed',
  reason: 'reason',
  file: 'File',
  score: 'Score',
  grade: 'Grade',
  worst: 'Worst finding',
  findings: 'Findings',
  none: 'none',
  failed: 'not analysed',
  summary: 'Summary',
  report: 'Knebel report',
  contractText: 'Contract text',
  policyPassed: 'Policy passed',
  policyFailed: 'Policy failed',
  interrupted: 'Interrupted: documents not yet analysed are missing from this report',
  failUnder: '{source}: score {score} is below {threshold}',
  failUnderBaseline: '{source}: score {score} is below {threshold} and below the baseline ({baseline})',
  failOn: '{source}: {severity} finding {ruleId} (fails at {threshold} and above)',
  baseline: '{matched} finding(s) already in the baseline not shown, {fixed} fixed',
  suppressedCount: '{count} suppressed',
  activeCount: '{count} finding(s)',
  where: 'Where',
  points: 'Points',
  quote: 'Clause',
  message: 'What it means',
  diffTitle: 'Knebel: contract comparison',
  old: 'Old',
  new: 'New',
  added: 'Added',
  removed: 'Removed',
  changed: 'Changed',
  unchanged: '{count} unchanged',
  changedClauses: 'Changed clauses',
  addedClause: 'clause added',
  removedClause: 'clause removed',
  worse: 'The new version is worse',
  notWorse: 'The new version is not worse',
  scoreDropped: 'score fell from {old} to {new}',
  newFinding: 'new {severity} finding {ruleId}',
  severityUp: '{ruleId} became {severity}',
  noChanges: 'No differences in findings.',
  textChanged: 'clause text changed',
  severityChanged: 'severity {old} → {new}',
  valueChanged: 'value {old} → {new}',
} as const;

export type LabelKey = keyof typeof en;

const de: Record<LabelKey, string> = {
  suppressed: 'unterdrückt',
  reason: 'Grund',
  file: 'Datei',
  score: 'Score',
  grade: 'Note',
  worst: 'Schwerster Befund',
  findings: 'Befunde',
  none: 'keiner',
  failed: 'nicht analysiert',
  summary: 'Übersicht',
  report: 'Knebel-Bericht',
  contractText: 'Vertragstext',
  policyPassed: 'Prüfung bestanden',
  policyFailed: 'Prüfung nicht bestanden',
  interrupted: 'Abgebrochen: noch nicht geprüfte Dokumente fehlen in diesem Bericht',
  failUnder: '{source}: Score {score} liegt unter {threshold}',
  failUnderBaseline: '{source}: Score {score} liegt unter {threshold} und unter der Baseline ({baseline})',
  failOn: '{source}: Befund {ruleId} mit Schwere {severity} (Grenze: ab {threshold})',
  baseline: '{matched} Befund(e) aus der Baseline nicht gezeigt, {fixed} behoben',
  suppressedCount: '{count} unterdrückt',
  activeCount: '{count} Befund(e)',
  where: 'Fundstelle',
  points: 'Punkte',
  quote: 'Klausel',
  message: 'Bedeutung',
  diffTitle: 'Knebel: Vertragsvergleich',
  old: 'Alt',
  new: 'Neu',
  added: 'Hinzugekommen',
  removed: 'Entfallen',
  changed: 'Geändert',
  unchanged: '{count} unverändert',
  changedClauses: 'Geänderte Klauseln',
  addedClause: 'Klausel hinzugekommen',
  removedClause: 'Klausel entfallen',
  worse: 'Die neue Fassung ist schlechter',
  notWorse: 'Die neue Fassung ist nicht schlechter',
  scoreDropped: 'Score fiel von {old} auf {new}',
  newFinding: 'neuer Befund {ruleId} ({severity})',
  severityUp: '{ruleId} jetzt {severity}',
  noChanges: 'Keine Unterschiede bei den Befunden.',
  textChanged: 'Klauseltext geändert',
  severityChanged: 'Schwere {old} → {new}',
  valueChanged: 'Wert {old} → {new}',
};

const LABELS: Record<Locale, Record<LabelKey, string>> = { en, de };

export function label(locale: Locale, key: LabelKey, params?: Record<string, string | number>): string {
  return interpolate(LABELS[locale][key], params);
}

export function severityName(locale: Locale, severity: Finding['severity']): string {
  return t(locale, `severity.${severity}`);
}

/** "page 1, § 2 (3)" / "Seite 1, § 2 (3)". */
export function where(locale: Locale, finding: Finding): string {
  return finding.evidence.section
    ? t(locale, 'finding.where', { page: finding.evidence.page, section: finding.evidence.section })
    : t(locale, 'finding.wherePage', { page: finding.evidence.page });
}

/** The most severe active (not suppressed, not info) finding of a document. */
export function worstFinding(doc: OkDocument): Finding | undefined {
  let worst: Finding | undefined;
  for (const f of doc.findings) {
    if (f.suppressed || f.severity === 'info') continue;
    if (!worst || SEVERITIES.indexOf(f.severity) < SEVERITIES.indexOf(worst.severity)) worst = f;
  }
  return worst;
}

export function activeFindings(doc: OkDocument): Finding[] {
  return doc.findings.filter((f) => !f.suppressed && f.severity !== 'info');
}

export function suppressedFindings(doc: OkDocument): Finding[] {
  return doc.findings.filter((f) => f.suppressed);
}

export function policyFailureText(locale: Locale, failure: PolicyFailure): string {
  if (failure.type === 'fail-under') {
    return typeof failure.baselineScore === 'number'
      ? label(locale, 'failUnderBaseline', { source: failure.source, score: failure.score, threshold: failure.threshold, baseline: failure.baselineScore })
      : label(locale, 'failUnder', { source: failure.source, score: failure.score, threshold: failure.threshold });
  }
  return label(locale, 'failOn', { source: failure.source, severity: severityName(locale, failure.severity), ruleId: failure.ruleId, threshold: severityName(locale, failure.threshold) });
}

/** Make sure a message ends with a full stop (SARIF and annotation style). */
export function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?…:]["“”»«)]*$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
