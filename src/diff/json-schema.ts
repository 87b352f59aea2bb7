import { publishedJsonSchema } from '../report/json-schema.js';
import { diffReportSchema } from './schema.js';

/** Output of `knebel diff --format json`, committed as schema/diff.schema.json. */
export function diffJsonSchema(): Record<string, unknown> {
  return publishedJsonSchema(diffReportSchema, {
    file: 'diff.schema.json',
    title: 'Knebel contract comparison',
    description: 'Output of `knebel diff OLD NEW --format json`: score delta, findings added / removed / changed, changed clauses.',
  });
}
