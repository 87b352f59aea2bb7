import { z } from 'zod';
import { reportSchema } from './schema.js';

/** The report model as JSON Schema (draft 2020-12), as committed in schema/report.schema.json. */
export function reportJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(reportSchema, { target: 'draft-2020-12', io: 'input' }),
    $id: 'https://github.com/knebel/knebel/schema/report.schema.json',
    title: 'Knebel report',
    description: 'Output of `knebel check --format json`: one entry per input document, analysed or failed.',
  };
}
