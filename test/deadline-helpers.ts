import type { OkDocument } from '../src/report/schema.js';

/** A report as analyzeDocument returns it, with only what the deadline computation reads. */
export function fakeDoc(facts: Partial<OkDocument['facts']>, extra: Partial<OkDocument> = {}): OkDocument {
  return {
    source: 'contract.txt',
    ok: true,
    format: 'txt',
    language: 'de',
    jurisdiction: 'de',
    locale: 'de',
    pages: 1,
    score: 50,
    grade: 'D',
    facts: {
      minimumTerm: null,
      autoRenewal: null,
      renewalTerm: null,
      noticePeriod: null,
      noticeAnchor: null,
      noMinimumTerm: false,
      contractType: 'other',
      contractDate: null,
      startDate: null,
      evidence: {},
      ...facts,
    },
    findings: [],
    context: { jurisdictionSource: 'option', contractDateSource: 'option', characters: 100, clauses: 1 },
    warnings: [],
    ...extra,
  } as OkDocument;
}

