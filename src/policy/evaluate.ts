import type { Policy, PolicyFailure, Report } from '../report/schema.js';
import { compareSeverity, type Severity } from '../model/vocabulary.js';

export interface PolicyOptions {
  /** Fail when a contract scores below this. */
  failUnder?: number;
  /** Fail on an active finding of this severity or worse. */
  failOn?: Severity;
}

/** Is `severity` at least as severe as `threshold`? */
export function atLeast(severity: Severity, threshold: Severity): boolean {
  return compareSeverity(severity, threshold) <= 0;
}

/**
 * Judge a report against --fail-under and --fail-on. Suppressed findings never fail the policy;
 * with a baseline, known findings are already left out, and a low score fails only when it is
 * also lower than the document's score in the baseline (so CI fails on new lock-in only).
 */
export function evaluatePolicy(report: Report, options: PolicyOptions): Policy | undefined {
  if (options.failUnder === undefined && options.failOn === undefined) return undefined;
  const failures: PolicyFailure[] = [];
  for (const doc of report.documents) {
    if (!doc.ok) continue;
    if (options.failUnder !== undefined && doc.score < options.failUnder) {
      const baselineScore = doc.baseline ? doc.baseline.score : undefined;
      const worse = baselineScore === undefined || baselineScore === null || doc.score < baselineScore;
      if (worse) {
        failures.push({ type: 'fail-under', source: doc.source, score: doc.score, threshold: options.failUnder, ...(baselineScore !== undefined ? { baselineScore } : {}) });
      }
    }
    if (options.failOn !== undefined) {
      for (const f of doc.findings) {
        if (f.suppressed || !atLeast(f.severity, options.failOn)) continue;
        failures.push({ type: 'fail-on', source: doc.source, ruleId: f.ruleId, severity: f.severity, threshold: options.failOn, fingerprint: f.fingerprint });
      }
    }
  }
  return { failUnder: options.failUnder ?? null, failOn: options.failOn ?? null, passed: failures.length === 0, failures };
}
