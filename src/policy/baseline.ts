import { MAX_BASELINE_BYTES, readBoundedText } from '../bounded-read.js';
import { UsageError } from '../errors.js';
import { reportSchema, type OkDocument, type Report } from '../report/schema.js';

export interface Baseline {
  /** Path as given on the command line. */
  source: string;
  report: Report;
}

/** Read a baseline: a report written earlier with `knebel check --format json`. */
export function loadBaseline(path: string): Baseline {
  const text = readBoundedText(path, MAX_BASELINE_BYTES, (reason) => new UsageError(`cannot read baseline ${path}: ${reason}`));
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new UsageError(`baseline ${path} is not JSON: write it with \`knebel check --format json --output ${path} …\``);
  }
  const parsed = reportSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UsageError(`baseline ${path} is not a knebel JSON report (${issue.path.join('.') || '(file)'}: ${issue.message}): write it with \`knebel check --format json\``);
  }
  return { source: path, report: parsed.data };
}

/** Multiset of fingerprints. */
function countOf(fingerprints: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const f of fingerprints) counts.set(f, (counts.get(f) ?? 0) + 1);
  return counts;
}

/**
 * Leave out every active finding whose fingerprint (rule id + normalized clause text) the baseline
 * already holds for the same file, so only new lock-in is reported and judged. A file the baseline
 * does not know is compared with all of the baseline's findings (renamed or moved contracts).
 * Suppressed findings stay as they are: they are listed with their reason either way.
 * The score is not changed: it always rates the whole contract.
 */
export function applyBaseline(doc: OkDocument, baseline: Baseline): OkDocument {
  const analysed = baseline.report.documents.filter((d): d is OkDocument => d.ok);
  const same = analysed.find((d) => d.source === doc.source);
  const reference = same ? [same] : analysed;
  const remaining = countOf(reference.flatMap((d) => d.findings.map((f) => f.fingerprint)));
  let matched = 0;
  const findings = doc.findings.filter((finding) => {
    if (finding.suppressed) return true;
    const left = remaining.get(finding.fingerprint) ?? 0;
    if (left === 0) return true;
    remaining.set(finding.fingerprint, left - 1);
    matched++;
    return false;
  });
  const fixed = same ? [...remaining.values()].reduce((a, b) => a + b, 0) : 0;
  return { ...doc, findings, baseline: { matched, fixed, score: same ? same.score : null } };
}

export function baselineInfo(baseline: Baseline): NonNullable<Report['baseline']> {
  return { source: baseline.source, findings: baseline.report.documents.reduce((n, d) => n + (d.ok ? d.findings.length : 0), 0) };
}
