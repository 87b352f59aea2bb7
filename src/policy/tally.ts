import type { Locale } from '../i18n/messages.js';
import { atLeast, evaluatePolicy, type PolicyOptions } from './evaluate.js';
import { buildReport } from '../report/build.js';
import { ruleInfo } from '../report/catalog.js';
import type { DocumentReport, PolicyFailure, Report } from '../report/schema.js';
import type { Rule } from '../rules/load.js';
import type { Severity } from '../model/vocabulary.js';

/**
 * The report of a batch, built up one document at a time: counts, policy verdict and the rules
 * behind the findings are kept as the documents pass; the documents themselves only when some
 * output needs the whole report at the end (streamed outputs keep memory flat).
 */
export class BatchTally {
  private count = 0;
  private failed = 0;
  private readonly kept: DocumentReport[] = [];
  private readonly failures: PolicyFailure[] = [];
  private readonly usedRules = new Set<string>();
  private firstLocale?: Locale;

  constructor(
    private readonly keep: boolean,
    private readonly policy: PolicyOptions,
    /** Hide findings below this severity from display; the score and the policy still count them. */
    private readonly minSeverity?: Severity,
  ) {}

  /** Count a document (after suppressions and baseline); returns what the outputs show of it. */
  add(doc: DocumentReport): DocumentReport {
    this.count++;
    if (!doc.ok) this.failed++;
    this.failures.push(...(evaluatePolicy(buildReport([doc]), this.policy)?.failures ?? []));
    const shown = doc.ok && this.minSeverity ? { ...doc, findings: doc.findings.filter((f) => atLeast(f.severity, this.minSeverity as Severity)) } : doc;
    if (shown.ok) {
      this.firstLocale ??= shown.locale;
      for (const f of shown.findings) this.usedRules.add(f.ruleId);
    }
    if (this.keep) this.kept.push(shown);
    return shown;
  }

  /** The report: every document if kept, else none (the outputs streamed them); the summary counts all. */
  report(rules: readonly Rule[], interrupted: boolean, locale?: Locale): Report {
    const report = buildReport(this.kept);
    report.summary = { documents: this.count, failed: this.failed, ...(interrupted ? { interrupted: true as const } : {}) };
    const language = locale ?? this.firstLocale ?? 'en';
    report.rules = rules.filter((r) => this.usedRules.has(r.id)).map((r) => ruleInfo(r, language));
    const shell = evaluatePolicy(buildReport([]), this.policy);
    if (shell) report.policy = { ...shell, passed: this.failures.length === 0, failures: this.failures };
    return report;
  }
}
