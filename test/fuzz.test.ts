import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../src/analyze.js';
import { loadBuiltinRules } from '../src/rules/load.js';

/** Seeded mutations of real fixtures: every case must end in a report or a clean, coded error. */
function random(seed: number) {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
}

function mutate(bytes: Uint8Array, rand: () => number): Uint8Array {
  const out = Uint8Array.from(bytes);
  const at = () => Math.floor(rand() * out.length);
  switch (Math.floor(rand() * 4)) {
    case 0: // flip bytes
      for (let i = 0; i < 1 + rand() * 50; i++) out[at()] = Math.floor(rand() * 256);
      return out;
    case 1: // truncate
      return out.slice(0, at());
    case 2: {
      // zero a range
      const start = at();
      out.fill(0, start, Math.min(out.length, start + Math.floor(rand() * 4096)));
      return out;
    }
    default: {
      // duplicate a chunk into the middle
      const start = at();
      const chunk = out.slice(start, start + Math.floor(rand() * 2048));
      const middle = at();
      return Uint8Array.from([...out.slice(0, middle), ...chunk, ...out.slice(middle)]);
    }
  }
}

const KNOWN_CODES = new Set([
  'EMPTY_FILE', 'TOO_LARGE', 'ENCRYPTED_PDF', 'WRONG_PASSWORD', 'NO_TEXT_LAYER', 'CORRUPT_PDF', 'CORRUPT_DOCX', 'UNSUPPORTED_FORMAT',
  'BINARY_CONTENT', 'NO_TEXT', 'UNSUPPORTED_LANGUAGE', 'GARBLED_TEXT', 'TOO_MANY_PAGES', 'TOO_LONG', 'ZIP_BOMB',
  'CORRUPT_IMAGE', 'IMAGE_TOO_LARGE', 'IMAGE_UNREADABLE',
]);

describe('fuzzing mutated fixtures', () => {
  const rules = loadBuiltinRules();
  for (const [fixture, cases] of [['fixtures/de/fitnessstudio-knebel.pdf', 16], ['fixtures/en/saas-knebel.docx', 24], ['fixtures/en/streaming-terms-knebel.html', 12]] as const) {
    it(`${fixture}: ${cases} mutations end in a report or a coded error`, async () => {
      const original = readFileSync(fixture);
      const rand = random(fixture.length * 7919);
      const outcomes: string[] = [];
      for (let i = 0; i < cases; i++) {
        // OCR off: a mutation that empties the text layer is about the parsers, not the OCR (test/ocr*.test.ts)
        const report = await analyzeDocument({ bytes: mutate(original, rand), source: `${fixture}#${i}` }, { rules, ocr: 'never' });
        if (report.ok) {
          expect(report.score).toBeGreaterThanOrEqual(0);
          outcomes.push('ok');
        } else {
          expect(KNOWN_CODES, `${report.error.code}: ${report.error.message}`).toContain(report.error.code);
          expect(report.error.message).not.toMatch(/\n/);
          outcomes.push(report.error.code);
        }
      }
      expect(outcomes).toHaveLength(cases);
    });
  }
});
