import type { ContractType } from '../model/vocabulary.js';
import { compileFast } from '../prefilter/compile.js';
import { guardAll } from '../prefilter/guarded.js';
import * as cues from './cues.js';
import { parseDateAt } from './dates.js';

// guarded: a cue runs over the document only when a literal it needs is in it
const GOVERNING_LAW = guardAll(cues.GOVERNING_LAW);
const LOCATION_CUES = guardAll(cues.LOCATION_CUES);
const CONTRACT_TYPE_CUES = guardAll(cues.CONTRACT_TYPE_CUES);
const CONTRACT_DATE_LABELS = compileFast(cues.CONTRACT_DATE_LABELS.source, 'giu');
const START_DATE_LABELS = compileFast(cues.START_DATE_LABELS.source, 'giu');

export interface DocumentContext {
  jurisdiction: string;
  /** How the jurisdiction was chosen. */
  jurisdictionSource: 'option' | 'governing-law' | 'location' | 'language';
  contractType: ContractType;
  /** YYYY-MM-DD, or null when the contract does not say and no --contract-date was given. */
  contractDate: string | null;
  contractDateSource: 'option' | 'document' | null;
  /** YYYY-MM-DD the contract says the service starts, or null. */
  startDate: string | null;
}

export interface ContextOverrides {
  jurisdiction?: string;
  contractDate?: string;
  contractType?: ContractType;
}

function detectJurisdiction(text: string, language: string): Pick<DocumentContext, 'jurisdiction' | 'jurisdictionSource'> {
  for (const { pattern, jurisdiction } of GOVERNING_LAW) if (pattern.test(text)) return { jurisdiction, jurisdictionSource: 'governing-law' };
  const scores = new Map<string, number>();
  for (const cue of LOCATION_CUES) {
    const hits = text.match(cue.pattern)?.length ?? 0;
    if (hits) scores.set(cue.jurisdiction, (scores.get(cue.jurisdiction) ?? 0) + Math.min(hits, 5) * cue.weight);
  }
  // a German-language contract with euro prices is German unless Austrian or Swiss cues say otherwise
  if (language === 'de') {
    scores.set('de', (scores.get('de') ?? 0) + 1 + (scores.get('eu') ?? 0));
    scores.delete('eu');
    for (const other of ['uk', 'us', 'us-ca', 'us-ny']) scores.delete(other);
  }
  // a state inside the US refines "us"
  for (const state of ['us-ca', 'us-ny']) {
    if (scores.has(state) && scores.has('us')) scores.set(state, (scores.get(state) ?? 0) + (scores.get('us') ?? 0));
  }
  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1]);
  if (ranked.length && ranked[0][1] >= 1) return { jurisdiction: ranked[0][0], jurisdictionSource: 'location' };
  return { jurisdiction: language === 'de' ? 'de' : 'generic', jurisdictionSource: 'language' };
}

function detectContractType(text: string): ContractType {
  let best: ContractType = 'other';
  let bestHits = 1;
  for (const [type, pattern] of Object.entries(CONTRACT_TYPE_CUES) as [ContractType, RegExp][]) {
    const hits = text.match(pattern)?.length ?? 0;
    if (hits > bestHits) {
      best = type;
      bestHits = hits;
    }
  }
  return best;
}

function dateAfterLabel(text: string, labels: RegExp): string | null {
  labels.lastIndex = 0;
  for (let m = labels.exec(text); m !== null; m = labels.exec(text)) {
    const date = parseDateAt(text.slice(m.index + m[0].length, m.index + m[0].length + 40));
    if (date) return date.date;
  }
  return null;
}

/** Jurisdiction, contract type and date: from the options when given, otherwise read from the text. */
export function detectContext(text: string, language: string, overrides: ContextOverrides = {}): DocumentContext {
  const jurisdiction = overrides.jurisdiction
    ? { jurisdiction: overrides.jurisdiction, jurisdictionSource: 'option' as const }
    : detectJurisdiction(text, language);
  const documentDate = overrides.contractDate ? null : dateAfterLabel(text, CONTRACT_DATE_LABELS);
  return {
    ...jurisdiction,
    contractType: overrides.contractType ?? detectContractType(text),
    contractDate: overrides.contractDate ?? documentDate,
    contractDateSource: overrides.contractDate ? 'option' : documentDate ? 'document' : null,
    startDate: dateAfterLabel(text, START_DATE_LABELS),
  };
}
