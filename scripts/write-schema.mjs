// Regenerate schema/report.schema.json from the zod report model (run after `npm run build`).
import { mkdirSync, writeFileSync } from 'node:fs';
import { reportJsonSchema } from '../dist/report/json-schema.js';

mkdirSync(new URL('../schema/', import.meta.url), { recursive: true });
writeFileSync(new URL('../schema/report.schema.json', import.meta.url), `${JSON.stringify(reportJsonSchema(), null, 2)}\n`);
console.log('wrote schema/report.schema.json');
