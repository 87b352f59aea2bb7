import type { Report } from '../report/schema.js';

/** The report model as JSON, exactly the shape of schema/report.schema.json. */
export function formatJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/**
 * The JSON report in pieces, byte for byte what `formatJson` prints, without ever holding the
 * whole text: a batch of large contracts can exceed the longest string the runtime allows.
 */
export function* formatJsonPieces(report: Report): Generator<string> {
  const marker = '"documents": []';
  const shell = JSON.stringify({ ...report, documents: [] }, null, 2);
  const at = shell.indexOf(marker);
  if (report.documents.length === 0) {
    yield `${shell}\n`;
    return;
  }
  yield `${shell.slice(0, at)}"documents": [\n`;
  for (const [i, doc] of report.documents.entries()) {
    yield `    ${JSON.stringify(doc, null, 2).replaceAll('\n', '\n    ')}${i < report.documents.length - 1 ? ',' : ''}\n`;
  }
  yield `  ]${shell.slice(at + marker.length)}\n`;
}
