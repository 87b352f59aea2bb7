import { t, type Locale } from '../i18n/messages.js';
import type { Finding, PolicyFailure } from '../report/schema.js';

export function severityName(locale: Locale, severity: Finding['severity']): string {
  return t(locale, `severity.${severity}`);
}

/** "page 1, § 2 (3)" / "Seite 1, § 2 (3)". */
export function where(locale: Locale, finding: Finding): string {
  return finding.evidence.section
    ? t(locale, 'finding.where', { page: finding.evidence.page, section: finding.evidence.section })
    : t(locale, 'finding.wherePage', { page: finding.evidence.page });
}

export function policyFailureText(locale: Locale, failure: PolicyFailure): string {
  if (failure.type === 'fail-under') {
    return typeof failure.baselineScore === 'number'
      ? t(locale, 'label.failUnderBaseline', { source: failure.source, score: failure.score, threshold: failure.threshold, baseline: failure.baselineScore })
      : t(locale, 'label.failUnder', { source: failure.source, score: failure.score, threshold: failure.threshold });
  }
  return t(locale, 'label.failOn', { source: failure.source, severity: severityName(locale, failure.severity), ruleId: failure.ruleId, threshold: severityName(locale, failure.threshold) });
}

/** Make sure a message ends with a full stop (SARIF and annotation style). */
export function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?…:]["“”»«)]*$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
