import type { Case, Expect } from './facts-paraphrase-cases.js';
import { lockInFacts } from './facts-helpers.js';

/** "P1Y" and "P12M", "P2W" and "P14D" say the same: compare lengths within a family of units. */
function normal(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const m = /^P(\d+)([DWMY])$/.exec(value);
  if (!m) return value;
  const n = Number(m[1]);
  return { D: `${n}D`, W: `${n * 7}D`, M: `${n}M`, Y: `${n * 12}M` }[m[2]];
}

const FIELDS = { m: 'minimumTerm', a: 'autoRenewal', r: 'renewalTerm', n: 'noticePeriod' } as const;

/** The fields of one case that disagree, as "field: got X, want Y"; empty when it passes. */
export async function disagreements([text, language, want]: Case): Promise<string[]> {
  const got = await lockInFacts(text, language);
  const out: string[] = [];
  for (const [key, field] of Object.entries(FIELDS) as [keyof Expect, keyof typeof got][]) {
    if (!(key in want)) continue;
    const allowed = ([] as unknown[]).concat(want[key]).map(normal);
    if (!allowed.includes(normal(got[field]))) out.push(`${field}: got ${got[field]}, want ${JSON.stringify(want[key])}`);
  }
  return out;
}

