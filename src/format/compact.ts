import type { DocumentReport, Report } from '../report/schema.js';

/**
 * One line per finding for CI logs and editors' error lists: `file:line: severity rule-id message`
 * (`file: error CODE message` for a document that could not be analysed). The line is the source
 * file's own line for text, Markdown and HTML, the line of `knebel text FILE` for PDF and DOCX.
 * Suppressed findings are left out; each line is one line, whatever the contract holds.
 */
const oneLine = (text: string) => text.replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029\s]+/g, ' ').trim();

export function compactDocument(doc: DocumentReport): string {
  const file = oneLine(doc.source);
  if (!doc.ok) return `${file}: error ${doc.error.code} ${oneLine(doc.error.message)}\n`;
  return doc.findings
    .filter((f) => !f.suppressed)
    .map((f) => `${file}:${f.evidence.line ?? 1}: ${f.severity} ${f.ruleId} ${oneLine(f.message)}\n`)
    .join('');
}

export function formatCompact(report: Report): string {
  return report.documents.map(compactDocument).join('');
}
