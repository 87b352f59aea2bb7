import { isAbsolute, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { t, type Locale } from '../i18n/messages.js';
import { reportLocale } from '../report/catalog.js';
import { ruleDocUrl } from '../report/rule-docs.js';
import type { DocumentReport, Finding, OkDocument, Report, RuleInfo } from '../report/schema.js';
import type { Severity } from '../model/vocabulary.js';
import { sentence, where } from './labels.js';

export interface SarifFormatOptions {
  /** Artifact URIs are relative to this folder (the working directory). */
  cwd?: string;
  locale?: Locale;
}

/** Where to read about the tool. */
export const INFORMATION_URI = 'https://github.com/knebel/knebel';

/** Key of our own fingerprint in `partialFingerprints`: rule id + normalized clause text, no offsets. */
export const FINGERPRINT_KEY = 'knebelClauseHash/v1';

const MIME: Record<OkDocument['format'], string> = {
  pdf: 'application/pdf',
  image: 'image/*',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  txt: 'text/plain',
  md: 'text/markdown',
  html: 'text/html',
};

export function sarifLevel(severity: Severity): 'error' | 'warning' | 'note' {
  if (severity === 'critical' || severity === 'high') return 'error';
  if (severity === 'medium') return 'warning';
  return 'note';
}

/** A relative URI reference for paths inside `cwd` (each segment percent-encoded), else a file: URI. */
export function artifactUri(source: string, cwd: string): string {
  if (source === '-') return 'stdin';
  const rel = isAbsolute(source) ? relative(cwd, source) : source;
  if (isAbsolute(rel) || rel.startsWith('..')) return pathToFileURL(isAbsolute(source) ? source : `${cwd}/${source}`).href;
  return rel
    .split(/[\\/]/)
    .filter((s) => s !== '.' && s !== '')
    .map((s) => encodeURIComponent(s))
    .join('/');
}

/** "PascalCase" rule name from its id, as SARIF viewers show it. */
function ruleName(id: string): string {
  return id
    .split(/[-.]/)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

function legalBasisLines(basis: RuleInfo['legalBasis'], markdown: boolean): string[] {
  return basis.map((b) => {
    const citation = markdown ? `**${b.citation}**` : b.citation;
    return `- ${citation} (${b.jurisdiction.toUpperCase()})${b.note ? `: ${b.note}` : ''}`;
  });
}

function help(rule: RuleInfo, locale: Locale, markdown: boolean): string {
  const legal = t(locale, 'finding.legalBasis');
  const fairer = t(locale, 'finding.suggestion');
  const lines = [rule.description, ''];
  if (rule.legalBasis.length) lines.push(markdown ? `**${legal}:**` : `${legal}:`, ...legalBasisLines(rule.legalBasis, markdown), '');
  lines.push(markdown ? `**${fairer}:** ${rule.suggestion}` : `${fairer}: ${rule.suggestion}`);
  return lines.join('\n');
}

/** Rule description from the report's catalog, else from the first finding of that rule. */
function rulesOf(report: Report): RuleInfo[] {
  const known = new Map((report.rules ?? []).map((r) => [r.id, r]));
  for (const doc of report.documents) {
    if (!doc.ok) continue;
    for (const f of doc.findings) {
      if (known.has(f.ruleId)) continue;
      known.set(f.ruleId, {
        id: f.ruleId,
        category: f.category,
        title: f.title,
        description: f.explanation,
        defaultSeverity: f.severity,
        legalBasis: f.legalBasis,
        suggestion: f.suggestion,
        pack: 'unknown',
      });
    }
  }
  return [...known.values()];
}

function artifact(doc: DocumentReport, cwd: string) {
  const location = { uri: artifactUri(doc.source, cwd) };
  if (!doc.ok) return { location, properties: { analysed: false, error: doc.error.code } };
  return {
    location,
    mimeType: MIME[doc.format],
    properties: { analysed: true, score: doc.score, grade: doc.grade, language: doc.language, jurisdiction: doc.jurisdiction, pages: doc.pages },
  };
}

function result(finding: Finding, doc: OkDocument, index: number, ruleIndex: number, occurrence: number, cwd: string, inBaselineRun: boolean) {
  const e = finding.evidence;
  const region: Record<string, unknown> = {};
  if (e.line !== undefined && e.column !== undefined) {
    region.startLine = e.line;
    region.startColumn = e.column;
    if (e.endLine !== undefined && e.endColumn !== undefined) {
      region.endLine = e.endLine;
      region.endColumn = e.endColumn;
    }
  } else region.startLine = 1;
  region.snippet = { text: e.text };
  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: sarifLevel(finding.severity),
    message: { text: `${where(doc.locale, finding)}: ${sentence(finding.message)}` },
    locations: [{ physicalLocation: { artifactLocation: { uri: artifactUri(doc.source, cwd), index }, region } }],
    partialFingerprints: {
      // our own: GitHub would otherwise hash the artifact's bytes at startLine, meaningless for a PDF
      primaryLocationLineHash: `${finding.fingerprint}:${occurrence}`,
      [FINGERPRINT_KEY]: finding.fingerprint,
    },
    ...(inBaselineRun && !finding.suppressed ? { baselineState: 'new' } : {}),
    ...(finding.suppressed
      ? { suppressions: [{ kind: 'external', status: 'accepted', justification: finding.suppressed.reason }] }
      : {}),
    properties: {
      severity: finding.severity,
      category: finding.category,
      points: finding.points,
      page: e.page,
      ...(e.section ? { section: e.section } : {}),
      ...(finding.value ? { value: finding.value } : {}),
      ...(finding.legalBasis.length ? { legalBasis: finding.legalBasis.map((b) => `${b.citation} (${b.jurisdiction.toUpperCase()})`) } : {}),
    },
  };
}

/**
 * SARIF 2.1.0 for code-scanning tools (GitHub, Azure DevOps, VS Code SARIF viewer). Lines and
 * columns are the source file's own for text, Markdown and HTML; for PDF and DOCX they point into
 * the text `knebel text FILE` prints, so each result also carries the quoted clause as its
 * snippet, the page and section in its message, and a fingerprint of rule id + clause text.
 */
export function formatSarif(report: Report, options: SarifFormatOptions = {}): string {
  const cwd = options.cwd ?? process.cwd();
  const locale = reportLocale(report, options.locale);
  const rules = rulesOf(report);
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const results: unknown[] = [];
  const notifications: unknown[] = [];
  report.documents.forEach((doc, index) => {
    if (!doc.ok) {
      notifications.push({
        level: 'error',
        message: { text: sentence(`${doc.source}: ${doc.error.message}`) },
        descriptor: { id: doc.error.code },
        locations: [{ physicalLocation: { artifactLocation: { uri: artifactUri(doc.source, cwd), index } } }],
      });
      return;
    }
    const seen = new Map<string, number>();
    for (const finding of doc.findings) {
      const occurrence = (seen.get(finding.fingerprint) ?? 0) + 1;
      seen.set(finding.fingerprint, occurrence);
      results.push(result(finding, doc, index, ruleIndex.get(finding.ruleId) as number, occurrence, cwd, report.baseline !== undefined));
    }
  });
  const analysed = report.documents.filter((d): d is OkDocument => d.ok);
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'knebel',
            semanticVersion: report.tool.version,
            informationUri: INFORMATION_URI,
            rules: rules.map((rule) => ({
              id: rule.id,
              // SARIF1001: a name equal to the id (ignoring case) must be left out
              ...(ruleName(rule.id).toLowerCase() !== rule.id.toLowerCase() ? { name: ruleName(rule.id) } : {}),
              shortDescription: { text: sentence(rule.title) },
              fullDescription: { text: sentence(rule.description) },
              help: { text: help(rule, locale, false), markdown: help(rule, locale, true) },
              ...(ruleDocUrl(rule) ? { helpUri: ruleDocUrl(rule) } : {}),
              defaultConfiguration: { level: sarifLevel(rule.defaultSeverity) },
              properties: { tags: ['lock-in', rule.category], category: rule.category, precision: 'high', severity: rule.defaultSeverity, pack: rule.pack },
            })),
          },
        },
        invocations: [{ executionSuccessful: report.summary.failed === 0 && !report.summary.interrupted, ...(notifications.length ? { toolExecutionNotifications: notifications } : {}) }],
        columnKind: 'utf16CodeUnits',
        artifacts: report.documents.map((doc) => artifact(doc, cwd)),
        results,
        properties: {
          // the freedom score: the lowest of the run, and per document
          score: analysed.length ? Math.min(...analysed.map((d) => d.score)) : null,
          documents: analysed.map((d) => ({
            uri: artifactUri(d.source, cwd),
            score: d.score,
            grade: d.grade,
            findings: d.findings.filter((f) => !f.suppressed).length,
            suppressed: d.findings.filter((f) => f.suppressed).length,
            ...(d.baseline ? { baseline: d.baseline } : {}),
          })),
          ...(report.policy ? { policy: { passed: report.policy.passed, failUnder: report.policy.failUnder, failOn: report.policy.failOn } } : {}),
        },
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
