import type { LanguagePack, NoticeAnchor } from '../lang/types.js';
import type { Clause, Sentence } from '../text/segment.js';
import { approximateDays, type Duration } from '../model/duration.js';
import { findDurations, type DurationMatch } from './find-durations.js';
import { TableTerms } from './table-terms.js';

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

/**
 * A fixed renewal period; open-ended continuation; or a renewal for as long as the period before
 * when the text does not say how long that is ("for the same period", "renews until you cancel").
 */
export type RenewalTerm = Duration | 'indefinite' | 'same-as-initial';

export interface NoticeFact extends Duration {
  /** What the notice runs up to; null when the sentence does not say. */
  anchor: NoticeAnchor | null;
  /** The sentence puts it in the open-ended phase after the first term ("danach", "thereafter"). */
  openPhase: boolean;
  /** The sentence is about the renewal: this notice is the one that stops it. */
  stopsRenewal: boolean;
}

export interface ExtractedFacts {
  minimumTerm: Duration | null;
  autoRenewal: boolean | null;
  renewalTerm: RenewalTerm | null;
  noticePeriod: Duration | null;
  noticeAnchor: NoticeAnchor | null;
  /**
   * The notice in the open-ended phase after the first term, when the contract states one that
   * differs from `noticePeriod` (which then is the notice before the end of the first term).
   */
  openNoticePeriod: Duration | null;
  /** The contract says there is no minimum term. */
  noMinimumTerm: boolean;
  occurrences: {
    minimumTerm: FactOccurrence<Duration>[];
    renewalTerm: FactOccurrence<RenewalTerm>[];
    noticePeriod: FactOccurrence<NoticeFact>[];
    autoRenewal: FactOccurrence<boolean>[];
    noMinimumTerm: FactOccurrence<true>[];
  };
  /**
   * The longest period a party may renew or extend for at its option ("option to renew for an
   * additional three years"). Never an automatic renewal: it does not set `autoRenewal` and is not
   * in the report; the CUAD evaluation counts it in a separately named figure.
   */
  extensionOption: Duration | null;
  /** Numbers written twice that disagree ("zwölf (13) Monate"). */
  conflicts: FactOccurrence<{ words: number; digits: number }>[];
}

type Slot = 'exclude' | 'notice' | 'renewal' | 'term';

function classify(d: DurationMatch, sentence: string, pack: LanguagePack, previous: string): Slot | null {
  const before = sentence.slice(Math.max(0, d.start - 90), d.start);
  const after = sentence.slice(d.end, d.end + 70);
  const cue = (slot: Slot) => {
    const { before: b, after: a } = pack.slots[slot];
    return (b?.test(before) ?? false) || (a?.test(after) ?? false);
  };
  // "cannot cancel during the first 12 months": a term, though "first" usually marks a promotion
  if (pack.noExitWindow.before.test(before) || pack.noExitWindow.after.test(after)) return 'term';
  if (cue('exclude')) return 'exclude';
  const window = pack.exclusionWindow;
  if (window?.before.test(before) && !(window.notice.test(before) && window.deadline.test(after))) return 'exclude';
  // "Sie muss mit einer Frist von 6 Wochen erfolgen", "We need 48 hours' notice": the sentence before may name the cancellation
  const followsOn = pack.continuesPrevious.test(sentence) || pack.noticeWord.test(sentence);
  const context = pack.terminationContext.test(sentence) || (followsOn && pack.terminationContext.test(previous));
  if (cue('notice') && context) return 'notice';
  if (cue('renewal')) return 'renewal';
  if (cue('term')) return 'term';
  return null;
}

function providerOnly(sentence: string, pack: LanguagePack): boolean {
  const { provider, named, customer } = pack.providerOnly;
  return (provider.test(sentence) || (named?.test(sentence) ?? false)) && !customer.test(sentence);
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

function happensByItself(text: string, verb: { start: number; end: number }, pack: LanguagePack): boolean {
  if (pack.pause.cue.test(text)) return false;
  // "will automatically continue": the verb says so itself
  if (pack.renewal.selfActing.test(text.slice(verb.start, verb.end))) return true;
  return pack.renewal.tacit.test(`${text.slice(0, verb.start)} ${text.slice(verb.end)}`);
}

/** The one billing cycle a sentence names ("every four weeks", "jährlich"); null when none or several ("monthly or yearly"). */
function cycleOf(text: string, durations: readonly DurationMatch[], pack: LanguagePack): Duration | null {
  const every = durations.find((d) => pack.renewal.everyBefore.test(text.slice(Math.max(0, d.start - 12), d.start)));
  if (every) return { value: every.value, unit: every.unit };
  const named = pack.renewal.cycles.filter((c) => c.pattern.test(text));
  return named.length === 1 ? { ...named[0].value } : null;
}

/**
 * A renewal "for the same period" takes the initial term when the contract states it. A bare
 * "renews automatically" next to an open-ended continuation elsewhere says no more than that
 * continuation, so it is dropped; a stated "same period" is kept even then.
 */
function resolveSamePeriod(renewals: FactOccurrence<RenewalTerm>[], minimumTerm: Duration | null, bare: Set<FactOccurrence<RenewalTerm>>): Set<FactOccurrence<RenewalTerm>> {
  const openEnded = renewals.some((o) => o.value === 'indefinite');
  const resolved = new Set<FactOccurrence<RenewalTerm>>();
  for (let i = renewals.length - 1; i >= 0; i--) {
    const o = renewals[i];
    if (o.value !== 'same-as-initial') continue;
    if (minimumTerm) {
      o.value = { ...minimumTerm };
      resolved.add(o);
    } else if (openEnded && bare.has(o)) renewals.splice(i, 1);
  }
  return resolved;
}

/**
 * The notice that stops a renewal (up to the end of a term, best in the sentence about the
 * renewal) binds the customer; a notice for ending at any time applies only when the contract
 * states no such deadline. When the contract
 * runs open-ended after a first term and states a different notice for that phase ("danach mit
 * einem Monat Frist"), both are kept: the first term's as `notice`, the open phase's apart.
 */
function resolveNotices(all: NoticeFact[], hasOpenPhase: boolean): { notice: NoticeFact | null; openNotice: NoticeFact | null } {
  const headline = (values: NoticeFact[]) => {
    const beforeTermEnd = values.filter((v) => v.anchor === 'term-end');
    const stoppingRenewal = beforeTermEnd.filter((v) => v.stopsRenewal);
    return longest(stoppingRenewal.length ? stoppingRenewal : beforeTermEnd.length ? beforeTermEnd : values);
  };
  const first = hasOpenPhase ? all.filter((v) => !v.openPhase) : all;
  const open = hasOpenPhase ? all.filter((v) => v.openPhase) : [];
  if (!first.length || !open.length) return { notice: headline(all), openNotice: null };
  const notice = headline(first);
  const openNotice = longest(open);
  const differs = notice && openNotice && approximateDays(notice) !== approximateDays(openNotice);
  return { notice, openNotice: differs ? openNotice : null };
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
  const options: Duration[] = [];
  // renewals read from a bare "renews automatically" (no period, no "same period" wording)
  const bareRenewals = new Set<FactOccurrence<RenewalTerm>>();
  // renewals "until you cancel" that name no cycle, and the cycles the contract bills on
  const cycleless = new Set<FactOccurrence<RenewalTerm>>();
  const billingCycles = new Map<string, Duration>();

  const table = new TableTerms(pack);
  for (const clause of clauses) {
    let previous = '';
    // "Each renewal term lasts 12 months" after a sentence that renews: the period of that renewal
    let previousRenews = false;
    for (const sentence of clause.sentences) {
      const text = sentence.text;
      table.next(text);
      const negative = regexMatch(pack.renewal.negative, text);
      const positive = negative ? null : regexMatch(pack.renewal.positive, text);
      const indefinite = regexMatch(pack.renewal.indefinite, text);
      const continues = indefinite && pack.renewal.continuation.test(text);
      let renewalStated = false;

      const noMinimum = regexMatch(pack.noMinimumTerm, text);
      if (noMinimum) occ.noMinimumTerm.push({ value: true, ...evidence(clause, sentence, noMinimum.start, noMinimum.end) });

      if (pack.renewal.billing.test(text)) for (const c of pack.renewal.cycles) if (c.pattern.test(text)) billingCycles.set(`${c.value.value}${c.value.unit}`, c.value);
      let noticeHere = false;

      const durations = findDurations(text, pack);
      for (const d of durations) {
        const duration: Duration = { value: d.value, unit: d.unit };
        if (d.conflict) conflicts.push({ value: d.conflict, ...evidence(clause, sentence, d.start, d.end) });
        const slot = table.isTerm(text, d.start, d.end) ? 'term' : classify(d, text, pack, previous);
        const at = evidence(clause, sentence, d.start, d.end);
        if (slot === 'notice' && !providerOnly(text, pack)) {
          const openPhase = pack.openPhase.test(text.slice(0, d.start));
          const stopsRenewal = pack.renewal.mention.test(text);
          occ.noticePeriod.push({ value: { ...duration, anchor: anchorAfter(text, d, pack), openPhase, stopsRenewal }, ...at });
          noticeHere = true;
        }
        else if (slot === 'renewal' && !negative && (positive || previousRenews || pack.renewal.tacit.test(text))) {
          occ.renewalTerm.push({ value: duration, ...at });
          renewalStated = true;
        } else if (slot === 'term' && !noMinimum) occ.minimumTerm.push({ value: duration, ...at });
        if (slot !== 'notice' && slot !== 'exclude' && pack.renewal.option.test(text) && pack.renewal.optionPeriod.test(text.slice(Math.max(0, d.start - 60), d.start))) options.push(duration);
      }

      // "zum Ende des Folgemonats": the notice is the month that follows
      const following = noticeHere || providerOnly(text, pack) || !pack.terminationContext.test(text) ? null : regexMatch(pack.noticeToFollowingMonth, text);
      if (following) {
        const value = { value: 1, unit: 'M' as const, anchor: 'month-end' as const, openPhase: pack.openPhase.test(text.slice(0, following.start)), stopsRenewal: pack.renewal.mention.test(text) };
        occ.noticePeriod.push({ value, ...evidence(clause, sentence, following.start, following.end) });
      }

      // a renewal whose period the sentence leaves to the plan: its billing cycle when named, else the period before
      // "for a term equal to …" renews something only in a sentence about renewing, and a pause that
      // "extends your term by the same length" pushes the end back without renewing anything
      const same = negative || renewalStated || !(positive || pack.renewal.mention.test(text)) || pack.pause.cue.test(text) ? null : regexMatch(pack.renewal.samePeriod, text);
      const untilCancelled = negative || renewalStated || same ? null : regexMatch(pack.renewal.untilCancelled, text);
      // a bare "renews" counts only with a sign that it happens by itself ("automatically", "unless cancelled")
      // ...other than the verb itself ("verlängert sich" is both), and not a pause that pushes the end back
      const bare = !negative && !renewalStated && !same && !untilCancelled && !indefinite && positive && happensByItself(text, positive, pack) ? positive : null;
      const open = same ?? untilCancelled ?? bare;

      if (negative) occ.autoRenewal.push({ value: false, ...evidence(clause, sentence, negative.start, negative.end) });
      else if (open) {
        const at = evidence(clause, sentence, open.start, open.end);
        occ.renewalTerm.push({ value: (same ? null : cycleOf(text, durations, pack)) ?? 'same-as-initial', ...at });
        const added = occ.renewalTerm[occ.renewalTerm.length - 1];
        if (bare) bareRenewals.add(added);
        if (untilCancelled && added.value === 'same-as-initial') cycleless.add(added);
        occ.autoRenewal.push({ value: true, ...at });
      } else if (indefinite && continues && !renewalStated) {
        occ.renewalTerm.push({ value: 'indefinite', ...evidence(clause, sentence, indefinite.start, indefinite.end) });
        occ.autoRenewal.push({ value: true, ...evidence(clause, sentence, indefinite.start, indefinite.end) });
      } else if (renewalStated || (positive && (indefinite || happensByItself(text, positive, pack)))) {
        // a bare "wird verlängert" (a delivery gap made good, a pause) is no renewal by itself
        const where = positive ?? { start: 0, end: text.length };
        occ.autoRenewal.push({ value: true, ...evidence(clause, sentence, where.start, where.end) });
      }
      previous = text;
      previousRenews = positive !== null;
    }
  }

  const minimumTerm = longest(occ.minimumTerm.map((o) => o.value));
  // a renewal "until you cancel" repeats on the one cycle the contract bills on, when it names only one
  const billedOn = billingCycles.size === 1 && !minimumTerm ? [...billingCycles.values()][0] : null;
  if (billedOn) for (const o of cycleless) o.value = { ...billedOn };
  const resolved = resolveSamePeriod(occ.renewalTerm, minimumTerm, bareRenewals);
  // a renewal period the contract names beats one inferred from "the same period"
  const fixedRenewals = (inferred: boolean) => occ.renewalTerm.flatMap((o) => (typeof o.value === 'object' && resolved.has(o) === inferred ? [o.value] : []));
  const renewalTerm: RenewalTerm | null =
    longest(fixedRenewals(false)) ??
    longest(fixedRenewals(true)) ??
    (occ.renewalTerm.some((o) => o.value === 'same-as-initial') ? 'same-as-initial' : occ.renewalTerm.length ? 'indefinite' : null);
  const { notice, openNotice } = resolveNotices(occ.noticePeriod.map((o) => o.value), renewalTerm === 'indefinite' && minimumTerm !== null);
  const renewals = occ.autoRenewal.map((o) => o.value);
  return {
    minimumTerm,
    autoRenewal: renewals.includes(true) ? true : renewals.includes(false) ? false : null,
    renewalTerm,
    noticePeriod: notice ? { value: notice.value, unit: notice.unit } : null,
    noticeAnchor: notice?.anchor ?? null,
    openNoticePeriod: openNotice ? { value: openNotice.value, unit: openNotice.unit } : null,
    noMinimumTerm: occ.noMinimumTerm.length > 0 && occ.minimumTerm.length === 0,
    extensionOption: longest(options),
    occurrences: occ,
    conflicts,
  };
}
