import { InputError } from '../errors.js';
import { version } from '../version.js';
import type { DocumentReport, Report } from './schema.js';

/** A document that could not be analysed; user errors keep their code, anything else is INTERNAL_ERROR. */
export function failedDocument(source: string, error: unknown): DocumentReport {
  if (error instanceof InputError) return { source, ok: false, error: { code: error.code, message: error.message } };
  const message = error instanceof Error ? error.message : String(error);
  return { source, ok: false, error: { code: 'INTERNAL_ERROR', message: `unexpected failure: ${message.split('\n')[0]} (run with --debug and report it)` } };
}

/** The report model around analysed documents. Kept apart from the pipeline so the CLI's parent process need not load it. */
export function buildReport(documents: DocumentReport[]): Report {
  return {
    schemaVersion: 1,
    tool: { name: 'knebel', version: version() },
    documents,
    summary: { documents: documents.length, failed: documents.filter((d) => !d.ok).length },
  };
}
