import { relative, resolve } from 'node:path';
import type { OkDocument, Suppression } from '../report/schema.js';
import { score } from '../score/index.js';
import type { LoadedConfig, SuppressionConfig } from './config.js';
import { globMatcher, toPosix } from './glob.js';

export interface SuppressionRule {
  spec: SuppressionConfig;
  /** Folder the `files` glob is relative to (the config file's). */
  base: string;
  config?: string;
  matches(path: string): boolean;
}

export function suppressionRules(loaded: LoadedConfig | undefined): SuppressionRule[] {
  if (!loaded) return [];
  return (loaded.config.suppressions ?? []).map((spec) => {
    const test = globMatcher([spec.files]);
    return { spec, base: loaded.dir, config: loaded.path, matches: test };
  });
}

const squash = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

/** Does the suppression cover a finding of `ruleId` quoting `quote` in the contract at `source`? */
function covers(rule: SuppressionRule, source: string, ruleId: string, quote: string): boolean {
  if (rule.spec.rule !== ruleId) return false;
  const path = source === '-' ? '-' : toPosix(relative(rule.base, resolve(source)));
  if (!rule.matches(path)) return false;
  return rule.spec.text === undefined || squash(quote).includes(squash(rule.spec.text));
}

/**
 * Mark suppressed findings (they stay in the report with their reason) and score the document
 * again from its active findings only: a suppressed finding costs 0 points, and the next finding
 * of its category then pays the full price instead of the repeat discount.
 */
export function applySuppressions(doc: OkDocument, rules: readonly SuppressionRule[]): OkDocument {
  if (rules.length === 0) return doc;
  let any = false;
  const findings = doc.findings.map((finding) => {
    const rule = rules.find((r) => covers(r, doc.source, finding.ruleId, finding.evidence.text));
    if (!rule) return finding;
    any = true;
    const suppressed: Suppression = {
      reason: rule.spec.reason,
      rule: rule.spec.rule,
      files: rule.spec.files,
      ...(rule.spec.text !== undefined ? { text: rule.spec.text } : {}),
      ...(rule.config ? { config: rule.config } : {}),
    };
    return { ...finding, suppressed };
  });
  if (!any) return doc;
  const active = findings.filter((f) => !f.suppressed);
  const scored = score(active.map((f) => ({ category: f.category, severity: f.severity })));
  let next = 0;
  return {
    ...doc,
    score: scored.score,
    grade: scored.grade,
    findings: findings.map((f) => ({ ...f, points: f.suppressed ? 0 : scored.points[next++] })),
  };
}
