import type { LanguagePack, NoticeAnchor } from '../lang/types.js';
import type { Clause, Sentence } from '../text/segment.js';
import { approximateDays, type Duration } from './duration.js';
import { findDurations, type DurationMatch } from './find-durations.js';

/** Where in the normalized text a fact was read. */
export interface FactEvidence {
  clause: number;
  sentence: { start: number; end: number };
  /** The words that carry the fact, e.g. "vierundzwanzig (24) Monate". */
  match: { start: number; end: number; text: string };
}

export interface FactOccurrence<T> extends FactEvidence {
  value: T;
}

export type RenewalTerm = Duration | 'indefinite';

export interface NoticeFact extends Duration {
  /** What the notice runs up to; null when the sentence does not say. */
  anchor: NoticeAnchor | null;
}

export interface ExtractedFacts {
  minimumTerm: Duration | null;
  autoRenewal: boolean | null;
  renewalTerm: RenewalTerm | null;
  noticePeriod: Duration | null;
  noticeAnchor: NoticeAnchor | null;
  /** The contract says there is no minimum term. */
  noMinimumTerm: boolean;
  occurrences: {
    minimumTerm: FactOccurrence<Duration>[];
    renewalTerm: FactOccurrence<RenewalTerm>[];
    noticePeriod: FactOccurrence<NoticeFact>[];
    autoRenewal: FactOccurrence<boolean>[];
    noMinimumTerm: FactOccurrence<true>[];
  };
  /** Numbers written twice that disagree ("zwölf (13) Monate"). */
  conflicts: FactOccurrence<{ words: number; digits: number }>[];
}

type Slot = 'exclude' | 'notice' | 'renewal' | 'term';

function classify(d: DurationMatch, sentence: string, pack: LanguagePack): Slot | null {
  const before = sentence.slice(Math.max(0, d.start - 90), d.start);
  const after = sentence.slice(d.end, d.end + 70);
  const cue = (slot: Slot) => {
    const { before: b, after: a } = pack.slots[slot];
    return (b?.test(before) ?? false) || (a?.test(after) ?? false);
  };
  if (cue('exclude')) return 'exclude';
  if (cue('notice') && pack.terminationContext.test(sentence)) return 'notice';
  if (cue('renewal')) return 'renewal';
  if (cue('term')) return 'term';
  return null;
}

function providerOnly(sentence: string, pack: LanguagePack): boolean {
  return pack.providerOnly.provider.test(sentence) && !pack.providerOnly.customer.test(sentence);
}

function evidence(clause: Clause, sentence: Sentence, start: number, end: number): FactEvidence {
  return {
    clause: clause.index,
    sentence: { start: sentence.start, end: sentence.end },
    match: { start: sentence.start + start, end: sentence.start + end, text: sentence.text.slice(start, end) },
  };
}

function regexMatch(pattern: RegExp, text: string): { start: number; end: number } | null {
  // the pack's own expression (compiled once, guarded); a global one is searched from the start
  const stateful = pattern.global || pattern.sticky;
  if (stateful) pattern.lastIndex = 0;
  const m = pattern.exec(text);
  if (stateful) pattern.lastIndex = 0;
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

/** The anchor named right after a notice duration ("drei Monate zum Ende der Laufzeit"), else anywhere in the sentence. */
function anchorAfter(sentence: string, d: DurationMatch, pack: LanguagePack): NoticeAnchor | null {
  const after = sentence.slice(d.end, d.end + 90);
  for (const { anchor, pattern } of pack.noticeAnchors) if (pattern.test(after)) return anchor;
  for (const { anchor, pattern } of pack.noticeAnchors) if (pattern.test(sentence)) return anchor;
  return null;
}

const longest = <T extends Duration>(values: T[]): T | null =>
  values.reduce<T | null>((best, d) => (best === null || approximateDays(d) > approximateDays(best) ? d : best), null);

/**
 * Read term, renewal and notice facts sentence by sentence. Each duration gets a role from the
 * words around it; the headline value of a fact is the longest one the contract states (the
 * one that binds the customer most), and every occurrence is kept as evidence.
 */
export function extractFacts(clauses: readonly Clause[], pack: LanguagePack): ExtractedFacts {
  const occ: ExtractedFacts['occurrences'] = { minimumTerm: [], renewalTerm: [], noticePeriod: [], autoRenewal: [], noMinimumTerm: [] };
  const conflicts: ExtractedFacts['conflicts'] = [];

  for (const clause of clauses) {
    for (const sentence of clause.sentences) {
      const text = sentence.text;
      const negative = regexMatch(pack.renewal.negative, text);
      const positive = negative ? null : regexMatch(pack.renewal.positive, text);
      const indefinite = regexMatch(pack.renewal.indefinite, text);
      const continues = indefinite && pack.renewal.continuation.test(text);
      let renewalStated = false;

      const noMinimum = regexMatch(pack.noMinimumTerm, text);
      if (noMinimum) occ.noMinimumTerm.push({ value: true, ...evidence(clause, sentence, noMinimum.start, noMinimum.end) });

      for (const d of findDurations(text, pack)) {
        const duration: Duration = { value: d.value, unit: d.unit };
        if (d.conflict) conflicts.push({ value: d.conflict, ...evidence(clause, sentence, d.start, d.end) });
        const slot = classify(d, text, pack);
        const at = evidence(clause, sentence, d.start, d.end);
        if (slot === 'notice' && !providerOnly(text, pack)) occ.noticePeriod.push({ value: { ...duration, anchor: anchorAfter(text, d, pack) }, ...at });
        else if (slot === 'renewal' && !negative && (positive || pack.renewal.tacit.test(text))) {
          occ.renewalTerm.push({ value: duration, ...at });
          renewalStated = true;
        } else if (slot === 'term' && !noMinimum) occ.minimumTerm.push({ value: duration, ...at });
      }

      if (negative) occ.autoRenewal.push({ value: false, ...evidence(clause, sentence, negative.start, negative.end) });
      else if (indefinite && continues && !renewalStated) {
        occ.renewalTerm.push({ value: 'indefinite', ...evidence(clause, sentence, indefinite.start, indefinite.end) });
        occ.autoRenewal.push({ value: true, ...evidence(clause, sentence, indefinite.start, indefinite.end) });
      } else if (positive || renewalStated) {
        const where = positive ?? { start: 0, end: text.length };
        occ.autoRenewal.push({ value: true, ...evidence(clause, sentence, where.start, where.end) });
      }
    }
  }

  const notice = longest(occ.noticePeriod.map((o) => o.value));
  const fixedRenewals = occ.renewalTerm.flatMap((o) => (o.value === 'indefinite' ? [] : [o.value]));
  const renewalTerm: RenewalTerm | null = longest(fixedRenewals) ?? (occ.renewalTerm.length ? 'indefinite' : null);
  const renewals = occ.autoRenewal.map((o) => o.value);
  return {
    minimumTerm: longest(occ.minimumTerm.map((o) => o.value)),
    autoRenewal: renewals.includes(true) ? true : renewals.includes(false) ? false : null,
    renewalTerm,
    noticePeriod: notice ? { value: notice.value, unit: notice.unit } : null,
    noticeAnchor: notice?.anchor ?? null,
    noMinimumTerm: occ.noMinimumTerm.length > 0 && occ.minimumTerm.length === 0,
    occurrences: occ,
    conflicts,
  };
}
