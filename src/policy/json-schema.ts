import { diffReportSchema } from '../diff/schema.js';
import { publishedJsonSchema } from '../report/json-schema.js';
import { configSchema } from './config.js';

/** knebel.config.json as JSON Schema (draft 2020-12), committed as schema/config.schema.json for editors. */
export function configJsonSchema(): Record<string, unknown> {
  return publishedJsonSchema(configSchema, {
    file: 'config.schema.json',
    title: 'Knebel configuration',
    description: 'knebel.config.json or .knebelrc.json (JSON with comments): defaults, CI thresholds, rule packs, disabled rules and suppressions.',
  });
}

/** Output of `knebel diff --format json`, committed as schema/diff.schema.json. */
export function diffJsonSchema(): Record<string, unknown> {
  return publishedJsonSchema(diffReportSchema, {
    file: 'diff.schema.json',
    title: 'Knebel contract comparison',
    description: 'Output of `knebel diff OLD NEW --format json`: score delta, findings added / removed / changed, changed clauses.',
  });
}
