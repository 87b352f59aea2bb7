import type { MessageKey } from '../i18n/messages.js';
import { longer, noticeDeadline, periodEnd, type Span } from './periods.js';
import { earliestEnd, type Terms } from './schedule.js';

/**
 * Statutory overrides of cancellation dates, per jurisdiction, contract type and contract date.
 * Sources: shared legal catalog, sections 1.1 (§ 309 Nr. 9 BGB, old and new version, gyms via
 * § 307), 1.2 (§ 309 Nr. 13), 1.3 (§ 312k), 1.10 (§ 56 TKG), 4.1/4.2 (UK), 5.x (US).
 *
 * Germany, contracts concluded from 1 March 2022 (§ 309 Nr. 9 BGB n.F.): notice before the end of
 * the minimum term at most one month (lit. c); after the minimum term the contract may continue
 * only for an indefinite period, terminable at any time with at most one month's notice (lit. b).
 * Gyms: the BGH treats them as rental-type contracts, courts apply the same values through § 307
 * BGB — "likely". Telecoms: § 56 Abs. 3 TKG, any time with one month after the minimum term (for
 * contracts before 1 December 2021 per the ministries' reading — "likely"). Contracts concluded
 * before 1 March 2022: renewal at most one year, notice at most three months (§ 309 Nr. 9 BGB a.F.).
 * A clause over the legal maximum is void and the statute applies (§ 306 BGB); the legal
 * schedule below uses the legal maximum, which is the latest date the law can demand.
 * Energy and insurance contracts are outside § 309 Nr. 9 (§ 310 Abs. 2 BGB; insurance exception).
 */
export interface NoteParam {
  date?: string;
  span?: Span;
  text?: string;
  /** A contract type, shown with its localized name. */
  contractType?: string;
}

export interface LawNote {
  key: MessageKey;
  params?: Record<string, NoteParam>;
}

export interface LegalView {
  /** The schedule the law allows, when it differs from the contract's; null when the contract's dates stand. */
  terms: Terms | null;
  /** 'likely': applied by analogy or contested (gyms, old telecoms contracts). */
  certainty: 'clear' | 'likely';
  /** § 312k Abs. 6 BGB asserted by the user: cancellable today without notice. */
  immediate: boolean;
  /** Which part of the contract the law overrides, with the citation (for the letter). */
  overrides: Partial<Record<'notice' | 'renewal', string>>;
  citations: string[];
  notes: LawNote[];
  /** The law makes a clause demanding a letter (or stricter) void: text form, e.g. an e-mail, is enough. */
  formVoidBy: string | null;
}

export interface LawInput {
  jurisdiction: string;
  contractType: string;
  /** Conclusion date; null when unknown (then the start date stands in for it). */
  contractDate: string | null;
  terms: Terms;
  /** The contract demands a stricter form than text form (a cancellation-form finding). */
  strictForm: boolean;
  /** The user states that the website lacks the § 312k cancellation button. */
  noCancelButton: boolean;
  today: string;
}

const ONE_MONTH: Span = { value: 1, unit: 'M' };
const THREE_MONTHS: Span = { value: 3, unit: 'M' };
const TWELVE_MONTHS: Span = { value: 12, unit: 'M' };
const TWENTY_FOUR_MONTHS: Span = { value: 24, unit: 'M' };

const NEW_LAW = '2022-03-01';
const TKG_2021 = '2021-12-01';
const TEXT_FORM = '2016-10-01';

const cap = (span: Span, limit: Span): Span => (longer(span, limit) ? limit : span);
const sameSpan = (a: Span | undefined, b: Span | undefined) => a?.value === b?.value && a?.unit === b?.unit;

export function legalView(input: LawInput): LegalView {
  const { jurisdiction, contractType, terms } = input;
  const view: LegalView = { terms: null, certainty: 'clear', immediate: false, overrides: {}, citations: [], notes: [], formVoidBy: null };
  const concluded = input.contractDate ?? terms.start;

  if (jurisdiction === 'de') germany(input, concluded, view);
  else if (jurisdiction === 'uk') {
    if (typeof terms.renewal === 'object') view.notes.push({ key: 'law.uk.renewal' });
    if (contractType === 'gym' && terms.minimumTerm && longer(terms.minimumTerm, TWELVE_MONTHS)) view.notes.push({ key: 'law.uk.gymTerm', params: { term: { span: terms.minimumTerm } } });
    if (typeof terms.renewal === 'object' && longer(terms.notice, ONE_MONTH)) view.notes.push({ key: 'law.uk.noticeLong', params: { notice: { span: terms.notice } } });
  } else if (jurisdiction === 'us' || jurisdiction.startsWith('us-')) {
    view.notes.push({ key: 'law.us.cancelOnline' });
  } else {
    view.notes.push({ key: 'law.none', params: { jurisdiction: { text: jurisdiction.toUpperCase() } } });
  }
  return view;
}

function germany(input: LawInput, concluded: string, view: LegalView): void {
  const { contractType, terms } = input;
  const telecom = contractType === 'telecom';
  const gym = contractType === 'gym';
  const newLaw = concluded >= NEW_LAW;
  const firstEnd = terms.minimumTerm ? periodEnd(terms.start, terms.minimumTerm) : null;

  // LG Aachen: the binding counts from conclusion when that is earlier than the start
  if (firstEnd && input.contractDate && input.contractDate < terms.start && periodEnd(input.contractDate, TWENTY_FOUR_MONTHS) < firstEnd) {
    view.notes.push({ key: 'law.de.bindingFromConclusion', params: { contractDate: { date: input.contractDate }, end: { date: firstEnd } } });
  }

  if (contractType === 'energy' || contractType === 'insurance') {
    view.notes.push({ key: 'law.de.exempt', params: { type: { contractType } } });
  } else {
    if (terms.minimumTerm && longer(terms.minimumTerm, TWENTY_FOUR_MONTHS)) {
      view.notes.push({ key: 'law.de.termTooLong', params: { citation: { text: telecom ? '§ 56 Abs. 1 TKG' : '§ 309 Nr. 9 a BGB' } } });
    }
    const legal: Terms = { ...terms };
    let changed = false;
    const c309 = (lit: string) => (gym ? `§ 309 Nr. 9 ${lit} BGB, § 307 BGB` : `§ 309 Nr. 9 ${lit} BGB`);

    // notice before the end of the minimum term (or of a renewal period)
    const noticeLimit = newLaw ? ONE_MONTH : THREE_MONTHS;
    if (terms.minimumTerm && terms.renewal !== 'none' && longer(terms.notice, noticeLimit)) {
      legal.notice = noticeLimit;
      changed = true;
      view.overrides.notice = c309('c');
      view.citations.push(c309('c'));
      const lawDeadline = noticeDeadline(firstEnd as string, noticeLimit);
      view.notes.push({
        key: newLaw ? 'law.de.noticeTooLong' : 'law.de.noticeTooLongOld',
        params: { citation: { text: c309('c') }, notice: { span: terms.notice }, end: { date: firstEnd as string }, deadline: { date: lawDeadline } },
      });
    }

    // after the minimum term
    if (terms.minimumTerm && (newLaw || telecom) && terms.renewal !== 'none') {
      const citation = telecom ? '§ 56 Abs. 3 TKG' : c309('b');
      const openNotice = cap(terms.openNotice ?? terms.notice, ONE_MONTH);
      if (typeof terms.renewal === 'object' || terms.renewal === 'unknown') {
        legal.renewal = 'indefinite';
        legal.openAnchor = 'anytime';
        legal.openNotice = ONE_MONTH;
        changed = true;
        if (typeof terms.renewal === 'object') view.overrides.renewal = citation;
        view.citations.push(citation);
        if (telecom) view.notes.push({ key: concluded >= TKG_2021 ? 'law.de.tkg' : 'law.de.tkgOld', params: { citation: { text: citation } } });
        if (typeof terms.renewal === 'object' && !telecom) {
          view.notes.push({ key: 'law.de.renewalFixed', params: { citation: { text: citation }, renewal: { span: terms.renewal }, end: { date: firstEnd as string } } });
        }
      } else if (!sameSpan(openNotice, terms.openNotice ?? terms.notice) || (telecom && terms.openAnchor !== 'anytime')) {
        legal.openNotice = openNotice;
        if (telecom) legal.openAnchor = 'anytime';
        changed = true;
        view.citations.push(citation);
        view.notes.push({ key: 'law.de.openNotice', params: { citation: { text: citation } } });
      }
      if (telecom && concluded < TKG_2021) view.certainty = 'likely';
    } else if (!newLaw && typeof terms.renewal === 'object' && longer(terms.renewal, TWELVE_MONTHS)) {
      legal.renewal = TWELVE_MONTHS;
      changed = true;
      view.overrides.renewal = '§ 309 Nr. 9 b BGB a.F.';
      view.citations.push('§ 309 Nr. 9 b BGB a.F.');
      view.notes.push({ key: 'law.de.renewalTooLongOld', params: { citation: { text: '§ 309 Nr. 9 b BGB a.F.' }, renewal: { span: terms.renewal } } });
    } else if (!terms.minimumTerm && longer(terms.notice, ONE_MONTH) && newLaw) {
      // open-ended from the start: any time with at most one month
      legal.notice = ONE_MONTH;
      legal.openNotice = ONE_MONTH;
      changed = true;
      view.overrides.notice = c309('b');
      view.citations.push(c309('b'));
      view.notes.push({ key: 'law.de.openNotice', params: { citation: { text: c309('b') } } });
    }

    if (changed) {
      view.terms = legal;
      if (gym) {
        view.certainty = 'likely';
        view.notes.push({ key: 'law.de.gymBasis' });
      }
    } else {
      view.notes.push({ key: 'law.de.conforms', params: { citation: { text: telecom ? '§ 56 TKG' : '§ 309 Nr. 9 BGB' } } });
    }
  }

  if (input.strictForm && concluded >= TEXT_FORM) {
    view.notes.push({ key: 'law.de.form' });
    view.formVoidBy = '§ 309 Nr. 13 BGB';
  }
  if (contractType !== 'insurance') {
    if (input.noCancelButton) {
      view.immediate = true;
      view.citations.push('§ 312k Abs. 6 BGB');
      view.notes.push({ key: 'law.de.buttonMissing', params: { today: { date: input.today } } });
    } else view.notes.push({ key: 'law.de.button' });
  }
}

/** The legal schedule's earliest end, or the immediate end under § 312k Abs. 6 BGB. */
export function legalEarliest(view: LegalView, today: string) {
  if (view.immediate) return { end: today, noticeDeadline: today as string | null, period: { kind: 'open' as const, start: today, end: today, noticeDeadline: today }, endsByItself: false, ended: false };
  return view.terms ? earliestEnd(view.terms, today) : null;
}
