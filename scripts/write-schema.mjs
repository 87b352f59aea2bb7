// Regenerate schema/*.schema.json from the zod models (run after `npm run build`).
import { mkdirSync, writeFileSync } from 'node:fs';
import { diffJsonSchema } from '../dist/diff/json-schema.js';
import { configJsonSchema } from '../dist/policy/json-schema.js';
import { reportJsonSchema } from '../dist/report/json-schema.js';

mkdirSync(new URL('../schema/', import.meta.url), { recursive: true });
for (const [name, schema] of [['report', reportJsonSchema()], ['config', configJsonSchema()], ['diff', diffJsonSchema()]]) {
  writeFileSync(new URL(`../schema/${name}.schema.json`, import.meta.url), `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote schema/${name}.schema.json`);
}
