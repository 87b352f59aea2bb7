import type { DocumentReport, Report } from '../report/schema.js';

/**
 * JSON Lines for large batches: one line per document (exactly a `documents[]` entry of the JSON
 * report) written as soon as it is analysed, then one last line with the rest of the report
 * (`schemaVersion`, `tool`, `summary`, `rules`, `policy`, `baseline`: the report without
 * `documents`). Collect the lines and you have the JSON report; nothing waits for the whole batch.
 */
export function jsonlDocument(doc: DocumentReport): string {
  return `${JSON.stringify(doc)}\n`;
}

export function jsonlEnd(report: Report): string {
  const { documents, ...rest } = report;
  void documents;
  return `${JSON.stringify(rest)}\n`;
}

export function formatJsonl(report: Report): string {
  return report.documents.map(jsonlDocument).join('') + jsonlEnd(report);
}
