import { describe, expect, it } from 'vitest';
import { BATTERY as FIRST, KNOWN_GAPS } from './facts-paraphrase-cases.js';
import { BATTERY2 } from './facts-paraphrase-cases2.js';
import { disagreements } from './facts-paraphrase-check.js';

/**
 * The battery of test/facts-paraphrase-cases.ts: clause shapes written for this test, not taken
 * from any contract. A known gap must still fail (it.fails), so a fix shows up here.
 */
const BATTERY = { ...FIRST, ...BATTERY2 };
describe('lock-in facts on paraphrases nobody tuned for', () => {
  for (const [family, cases] of Object.entries(BATTERY)) {
    describe(family, () => {
      for (const c of cases) {
        const run = KNOWN_GAPS.has(c[0]) ? it.fails : it;
        run(c[0], async () => {
          expect(await disagreements(c)).toEqual([]);
        });
      }
    });
  }

  it('lists only known gaps that are in the battery', () => {
    const texts = new Set(Object.values(BATTERY).flat().map((c) => c[0]));
    expect([...KNOWN_GAPS].filter((t) => !texts.has(t))).toEqual([]);
  });
});
