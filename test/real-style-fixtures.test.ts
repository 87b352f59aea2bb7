import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { knebelJson, ROOT } from './helpers.js';

/**
 * Our own contracts in the styles real ones use (issue 13): long US terms with a capitalised
 * renewal disclosure, Austrian and Swiss AGB, a semester contract, dating and VPN subscriptions.
 * Their labels (fixtures/real-style/labels.json) give the facts and the lock-in categories a
 * careful reader flags, and categories that must not be flagged.
 */
interface Label {
  file: string;
  facts: Record<'minimumTerm' | 'autoRenewal' | 'renewalTerm' | 'noticePeriod', string | boolean | null>;
  jurisdiction?: string;
  present: string[];
  absent: string[];
}

const DIR = join(ROOT, 'fixtures', 'real-style');
const LABELS = JSON.parse(readFileSync(join(DIR, 'labels.json'), 'utf8')) as Label[];

describe('own fixtures in real-contract styles', () => {
  const { code, report } = knebelJson(LABELS.map((l) => `fixtures/real-style/${l.file}`));

  it('analyses every one of them', () => {
    expect(code).toBe(0);
    expect(report.documents.map((d: { ok: boolean }) => d.ok)).toEqual(LABELS.map(() => true));
  });

  for (const [i, label] of LABELS.entries()) {
    it(`${label.file}: facts, flagged and unflagged categories`, () => {
      const doc = report.documents[i];
      const { minimumTerm, autoRenewal, renewalTerm, noticePeriod } = doc.facts;
      expect({ minimumTerm, autoRenewal, renewalTerm, noticePeriod }).toEqual(label.facts);
      if (label.jurisdiction) expect(doc.jurisdiction).toBe(label.jurisdiction);
      const flagged = new Set(doc.findings.filter((f: { severity: string }) => f.severity !== 'info').map((f: { category: string }) => f.category));
      for (const category of label.present) expect(flagged.has(category), `${category} flagged`).toBe(true);
      for (const category of label.absent) expect(flagged.has(category), `${category} not flagged`).toBe(false);
    });
  }
});
