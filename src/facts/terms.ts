import type { CancellationChannel, FeeRecurrence, LanguagePack } from '../lang/types.js';
import { mayMatch } from '../prefilter/guarded.js';
import { clauseContext, type Clause, type Sentence } from '../text/segment.js';
import { toIso } from '../model/duration.js';
import { findDurations } from './find-durations.js';

export interface Money {
  amount: number;
  currency: 'EUR' | 'GBP' | 'USD' | 'CHF';
}

export interface Fee extends Money {
  name: string;
  recurrence: FeeRecurrence | null;
}

/** Commercial terms beside the term/renewal/notice facts; each with the sentence it came from. */
export interface ContractTerms {
  prices: { intro: (Money & { period: string | null }) | null; regular: Money | null; stepUpAfter: string | null } | null;
  fees: Fee[];
  cancellationChannels: { permitted: CancellationChannel[]; refused: CancellationChannel[] };
  priceChange: { reserved: boolean; freeExit: boolean; consentRequired: boolean } | null;
  pause: { extendsTerm: boolean } | null;
  extraordinaryTermination: 'excluded' | 'restricted' | null;
  /** Sentence offsets per fact name, for the report's evidence map. */
  sources: Record<string, { clause: number; sentence: Sentence }>;
}

const CURRENCIES: Record<string, Money['currency']> = {
  '€': 'EUR', eur: 'EUR', euro: 'EUR', euros: 'EUR', '£': 'GBP', gbp: 'GBP', pounds: 'GBP', $: 'USD', us$: 'USD', usd: 'USD', dollars: 'USD', chf: 'CHF',
};

export function findMoney(text: string, pack: LanguagePack): (Money & { index: number })[] {
  const out: (Money & { index: number })[] = [];
  // the pack's own (global, guarded) expression: a sentence without a currency is not searched
  const pattern = pack.money.pattern;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const g = m.groups ?? {};
    const raw = g.amount ?? g.amount2 ?? '';
    const currency = CURRENCIES[(g.currency ?? g.currency2 ?? '').toLowerCase()];
    const amount = Number(pack.money.decimalComma ? raw.replace(/\./g, '').replace(',', '.') : raw.replace(/,/g, ''));
    if (currency && Number.isFinite(amount)) out.push({ amount, currency, index: m.index });
  }
  return out;
}

function ordinalValue(token: string, pack: LanguagePack): number | null {
  const digits = /^(\d{1,2})/.exec(token);
  if (digits) return Number(digits[1]);
  return pack.ordinals[token.toLowerCase()] ?? null;
}

/**
 * Prices, fees, cancellation channels, price-change rights, pause and extraordinary-termination
 * rules, read sentence by sentence with the language pack's cues.
 */
export function extractTerms(clauses: readonly Clause[], pack: LanguagePack): ContractTerms {
  const isAboutTermination = (text: string) => pack.terminationContext.test(text);
  const terms: ContractTerms = {
    prices: null,
    fees: [],
    cancellationChannels: { permitted: [], refused: [] },
    priceChange: null,
    pause: null,
    extraordinaryTermination: null,
    sources: {},
  };
  const note = (name: string, clause: Clause, sentence: Sentence) => {
    terms.sources[name] ??= { clause: clause.index, sentence };
  };
  const permitted = new Set<CancellationChannel>();
  const refused = new Set<CancellationChannel>();
  const regularCandidates: { money: Money; clause: number }[] = [];

  for (const clause of clauses) {
    // a window of the clause holds only words the whole clause holds: one literal check per
    // clause spares scanning a window around every sentence of a clause that never mentions ending
    const clauseMayBeAboutTermination = mayMatch(pack.terminationContext, clause.text);
    for (const sentence of clause.sentences) {
      const text = sentence.text;
      const context = clauseContext(clause, sentence);
      const money = findMoney(text, pack);

      if (!terms.prices && pack.prices.intro.test(text) && money.length) {
        const [introMoney] = money;
        const period = findDurations(text, pack)[0];
        const stepUp = pack.prices.stepUp.exec(context);
        const month = stepUp?.groups?.ordinal ? ordinalValue(stepUp.groups.ordinal, pack) : null;
        terms.prices = {
          intro: { amount: introMoney.amount, currency: introMoney.currency, period: period ? toIso(period) : null },
          regular: null,
          stepUpAfter: month && month > 1 ? `P${month - 1}M` : period ? toIso(period) : null,
        };
        // a higher amount in the same sentence is the regular price ("… 19,90 €, danach 39,90 €")
        const later = money.slice(1).find((m) => m.amount > introMoney.amount);
        if (later) terms.prices.regular = { amount: later.amount, currency: later.currency };
        note('prices', clause, sentence);
      }
      if (pack.prices.regular.test(text) || /regul|standard|normal/i.test(text)) {
        for (const m of money) regularCandidates.push({ money: { amount: m.amount, currency: m.currency }, clause: clause.index });
      }

      const fee = pack.fees.cue.exec(text);
      if (fee?.groups?.name && money.length && !pack.fees.negated.test(text)) {
        const name = fee.groups.name.trim();
        const amount = money.find((m) => m.index >= fee.index) ?? money[0];
        const recurrence = pack.fees.recurrence.find((r) => r.pattern.test(text))?.value ?? null;
        if (!terms.fees.some((f) => f.name.toLowerCase() === name.toLowerCase() && f.amount === amount.amount)) {
          terms.fees.push({ name, amount: amount.amount, currency: amount.currency, recurrence });
          note(`fees.${terms.fees.length - 1}`, clause, sentence);
        }
      }

      // "Sie ist ausschließlich per Einschreiben zu richten" names the channel; the clause says what "sie" is
      if (isAboutTermination(text) || (clauseMayBeAboutTermination && isAboutTermination(context))) {
        const named = pack.cancellationChannels.filter((c) => c.pattern.test(text)).map((c) => c.value);
        const target = pack.channelRefused.test(text) ? refused : permitted;
        for (const channel of named) target.add(channel);
        if (named.length) note('cancellationChannels', clause, sentence);
      }

      if (!terms.priceChange && pack.priceChange.right.test(text)) {
        terms.priceChange = {
          reserved: true,
          freeExit: pack.priceChange.freeExit.test(context),
          consentRequired: pack.priceChange.consent.test(context),
        };
        note('priceChange', clause, sentence);
      }

      if (pack.pause.cue.test(text)) {
        const extends_ = pack.pause.extendsTerm.test(text);
        if (!terms.pause || extends_) terms.pause = { extendsTerm: extends_ || (terms.pause?.extendsTerm ?? false) };
        if (extends_ || !terms.sources.pause) note('pause', clause, sentence);
      }

      if (pack.extraordinaryTermination.excluded.test(text)) {
        terms.extraordinaryTermination = 'excluded';
        note('extraordinaryTermination', clause, sentence);
      } else if (!terms.extraordinaryTermination && pack.extraordinaryTermination.restricted.test(text)) {
        terms.extraordinaryTermination = 'restricted';
        note('extraordinaryTermination', clause, sentence);
      }
    }
  }

  if (terms.prices && !terms.prices.regular) {
    const intro = terms.prices.intro;
    const regular = regularCandidates.find((c) => intro && c.money.currency === intro.currency && c.money.amount > intro.amount);
    if (regular) terms.prices.regular = regular.money;
  }
  terms.cancellationChannels = {
    permitted: [...permitted].filter((c) => !refused.has(c)).sort(),
    refused: [...refused].sort(),
  };
  return terms;
}
