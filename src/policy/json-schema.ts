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
