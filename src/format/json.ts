import type { Report } from '../report/schema.js';

/** The report model as JSON, exactly the shape of schema/report.schema.json. */
export function formatJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
