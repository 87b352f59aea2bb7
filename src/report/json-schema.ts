import { z } from 'zod';
import { reportSchema } from './schema.js';

/** A zod schema as the JSON Schema (draft 2020-12, input side) we commit under schema/, with its id and titles. */
export function publishedJsonSchema(schema: z.ZodType, meta: { file: string; title: string; description: string }): Record<string, unknown> {
  return {
    ...z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' }),
    $id: `https://github.com/knebel/knebel/schema/${meta.file}`,
    title: meta.title,
    description: meta.description,
  };
}

/** The report model as JSON Schema (draft 2020-12), as committed in schema/report.schema.json. */
export function reportJsonSchema(): Record<string, unknown> {
  return publishedJsonSchema(reportSchema, {
    file: 'report.schema.json',
    title: 'Knebel report',
    description: 'Output of `knebel check --format json`: one entry per input document, analysed or failed.',
  });
}
