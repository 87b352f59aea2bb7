import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reportJsonSchema } from '../src/report/json-schema.js';
import { CATEGORIES } from '../src/rules/schema.js';

describe('report schema', () => {
  it('is committed as JSON Schema and in sync with the zod model (run `npm run schema` after changing it)', () => {
    const committed = JSON.parse(readFileSync(new URL('../schema/report.schema.json', import.meta.url), 'utf8'));
    expect(committed).toEqual(reportJsonSchema());
  });

  it('keeps the sixteen fixed category ids', () => {
    expect([...CATEGORIES]).toEqual([
      'minimum-term', 'auto-renewal', 'notice-period', 'existing-customer-parity', 'price-change', 'cancellation-form',
      'termination-rights', 'fees', 'unilateral-change', 'liability', 'provider-termination', 'content-removal',
      'contract-by-using', 'choice-of-law', 'jurisdiction', 'arbitration',
    ]);
  });
});
