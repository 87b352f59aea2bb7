import { t, type Locale } from '../i18n/messages.js';
import { reportLocale } from '../report/catalog.js';
import type { Finding, OkDocument, Report } from '../report/schema.js';
import { policyFailureText, sentence, severityName, where } from './labels.js';

export interface GithubFormatOptions {
  locale?: Locale;
}

/** Escape the message part of a workflow command: % CR LF. */
export function escapeData(value: string): string {
  return value.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** Escape a property value (file=, title=): additionally ":" and ",". */
export function escapeProperty(value: string): string {
  return escapeData(value).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

export function workflowCommand(command: string, properties: Record<string, string | number | undefined>, message: string): string {
  const props = Object.entries(properties)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  return `::${command}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}

const clip = (text: string, max = 400) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function annotationLevel(severity: Finding['severity']): 'error' | 'warning' | 'notice' {
  if (severity === 'critical' || severity === 'high') return 'error';
  if (severity === 'medium') return 'warning';
  return 'notice';
}

function findingCommand(doc: OkDocument, finding: Finding): string {
  const locale = doc.locale;
  const e = finding.evidence;
  const [open, close] = [t(locale, 'quote.open'), t(locale, 'quote.close')];
  const lines = [`${where(locale, finding)}: ${sentence(finding.message)}`, `${open}${clip(e.text)}${close}`];
  if (finding.legalBasis.length) lines.push(`${t(locale, 'finding.legalBasis')}: ${finding.legalBasis.map((b) => b.citation).join('; ')}`);
  lines.push(`${t(locale, 'finding.suggestion')}: ${finding.suggestion}`);
  return workflowCommand(
    annotationLevel(finding.severity),
    {
      file: doc.source,
      line: e.line,
      col: e.column,
      endLine: e.endLine,
      endColumn: e.endLine === e.line ? e.endColumn : undefined,
      title: `${finding.title} [${finding.ruleId}, ${severityName(locale, finding.severity)}${finding.points ? `, −${finding.points}` : ''}]`,
    },
    lines.join('\n'),
  );
}

/**
 * GitHub Actions workflow commands: one annotation per active finding (error for critical and
 * high, warning for medium, notice for low), a notice with each contract's score, and plain log
 * lines for suppressed findings and baseline counts. Lines and columns are the source file's own
 * for text, Markdown and HTML, those of `knebel text FILE` for PDF and DOCX. GitHub shows at most 10 annotations of each level per step, so
 * write a Markdown report to $GITHUB_STEP_SUMMARY as well (the bundled action does).
 */
export function formatGithub(report: Report, options: GithubFormatOptions = {}): string {
  const out: string[] = [];
  for (const doc of report.documents) {
    if (!doc.ok) {
      const locale = reportLocale(report, options.locale);
      out.push(workflowCommand('error', { file: doc.source, title: `knebel: ${t(locale, 'label.failed')} [${doc.error.code}]` }, doc.error.message));
      continue;
    }
    const locale = doc.locale;
    const active = doc.findings.filter((f) => !f.suppressed && f.severity !== 'info');
    const suppressed = doc.findings.filter((f) => f.suppressed);
    const counts = [t(locale, 'label.activeCount', { count: active.length })];
    if (suppressed.length) counts.push(t(locale, 'label.suppressedCount', { count: suppressed.length }));
    if (doc.baseline) counts.push(t(locale, 'label.baseline', { matched: doc.baseline.matched, fixed: doc.baseline.fixed }));
    out.push(workflowCommand('notice', { file: doc.source, title: `${t(locale, 'score.title')} ${doc.score}/100 (${t(locale, 'score.grade')} ${doc.grade})` }, counts.join(', ')));
    for (const finding of active) out.push(findingCommand(doc, finding));
    for (const finding of suppressed) {
      const line = finding.evidence.line ? `:${finding.evidence.line}` : '';
      out.push(`knebel: ${doc.source}${line}: ${t(locale, 'label.suppressed')} ${finding.ruleId} (${where(locale, finding)}), ${t(locale, 'label.reason')}: ${finding.suppressed?.reason}`);
    }
  }
  if (report.policy) {
    const locale = reportLocale(report, options.locale);
    if (report.policy.passed) out.push(`knebel: ${t(locale, 'label.policyPassed')}`);
    else {
      out.push(
        workflowCommand('error', { title: `knebel: ${t(locale, 'label.policyFailed')}` }, report.policy.failures.map((f) => policyFailureText(locale, f)).join('\n')),
      );
    }
  }
  return out.length ? `${out.join('\n')}\n` : '';
}
