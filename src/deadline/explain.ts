import { formatCivil, formatDuration, t, type Locale, type MessageKey } from '../i18n/messages.js';
import { parseIso } from '../model/duration.js';
import { weekday } from './civil.js';
import type { DeadlineProblem, DeadlineResult, FactName } from './compute.js';
import type { LawNote } from './law.js';
import type { Span } from './periods.js';
import { periodsFrom, type Period } from './schedule.js';

/** Every sentence comes from the catalogs in src/i18n; this module only picks and fills them. */
export const span = (s: Span, locale: Locale) => formatDuration(s, locale);

export function renderNote(note: LawNote, locale: Locale, certainty: 'clear' | 'likely' = 'clear'): string {
  const params: Record<string, string> = { likely: t(locale, certainty === 'likely' ? 'law.likely' : 'law.clear') };
  for (const [name, p] of Object.entries(note.params ?? {})) {
    if (p.date) params[name] = formatCivil(p.date, locale);
    else if (p.span) params[name] = span(p.span, locale);
    else if (p.contractType) params[name] = t(locale, `contractType.${p.contractType}` as MessageKey);
    else params[name] = p.text ?? '';
  }
  return t(locale, note.key, params);
}

function fixedLine(p: Period, span: Span, today: string, locale: Locale): string {
  const missed = p.noticeDeadline !== null && p.noticeDeadline < today;
  const key: MessageKey = p.kind === 'initial' ? (missed ? 'step.initialMissed' : 'step.initial') : missed ? 'step.renewalMissed' : 'step.renewal';
  return t(locale, key, {
    term: formatDuration(span, locale),
    start: formatCivil(p.start, locale),
    end: formatCivil(p.end, locale),
    deadline: formatCivil(p.noticeDeadline as string, locale),
  });
}

/** The minimum term, then the current and next fixed periods (renewals in between are left out). */
function fixedPeriodsToShow(result: DeadlineResult): Period[] {
  const { terms } = result.contract;
  if (!terms.minimumTerm) return [];
  const listed = result.contract.periods.filter((p) => p.kind !== 'open');
  if (listed[0]?.kind === 'initial') return listed;
  const [initial] = periodsFrom(terms, terms.start, 1);
  return [initial, ...listed];
}

export function explain(result: DeadlineResult, locale: Locale): string[] {
  const lines: string[] = [];
  const { terms } = result.contract;
  const provider = t(locale, 'provider.generic');
  const today = result.today;
  const notice = formatDuration(terms.notice, locale);
  const openNotice = formatDuration(terms.openNotice ?? terms.notice, locale);

  if (result.assumptions.includes('no-minimum-assumed')) lines.push(t(locale, 'step.noMinimumAssumed'));

  if (terms.minimumTerm) {
    if (terms.renewal !== 'none') lines.push(t(locale, 'step.noticeRule', { notice, provider }));
    const shown = fixedPeriodsToShow(result);
    shown.forEach((p) => {
      if (terms.renewal === 'none') lines.push(t(locale, 'step.endsByItself', { term: formatDuration(terms.minimumTerm as Span, locale), start: formatCivil(p.start, locale), end: formatCivil(p.end, locale) }));
      else lines.push(fixedLine(p, p.kind === 'initial' ? (terms.minimumTerm as Span) : (terms.renewal as Span), today, locale));
    });
    if (terms.renewal === 'unknown') lines.push(t(locale, 'step.renewalUnknown'));
  }

  const open = result.contract.periods.filter((p) => p.kind === 'open');
  if (open.length && terms.openAnchor === 'billing-end') {
    lines.push(t(locale, 'step.billingEnd', { deadline: formatCivil(open[0].noticeDeadline as string, locale), end: formatCivil(open[0].end, locale) }));
    if (result.assumptions.includes('billing-start-assumed')) lines.push(t(locale, 'step.billingAssumed', { start: formatCivil(terms.start, locale) }));
  } else if (open.length && (!terms.minimumTerm || terms.renewal === 'indefinite')) {
    if (terms.openAnchor === 'anytime' || terms.openAnchor === 'term-end') {
      if (!terms.minimumTerm) lines.push(t(locale, 'step.noticeRuleAnytime', { notice: openNotice, provider }));
      // the contract names its own notice for the open-ended phase: say which one applies now
      else if (terms.openNotice) lines.push(t(locale, 'step.openNotice', { notice: openNotice }));
      lines.push(t(locale, terms.minimumTerm ? 'step.open' : 'step.openFromStart', { deadline: formatCivil(open[0].noticeDeadline as string, locale), end: formatCivil(open[0].end, locale) }));
    } else {
      const anchor = t(locale, `anchor.${terms.openAnchor}` as MessageKey);
      lines.push(t(locale, 'step.noticeRuleAnchored', { notice: openNotice, anchor }));
      for (const p of open) lines.push(t(locale, 'step.openAnchored', { anchor, end: formatCivil(p.end, locale), deadline: formatCivil(p.noticeDeadline as string, locale) }));
    }
  }

  if (result.law) for (const note of result.law.notes) lines.push(renderNote(note, locale, result.law.certainty));

  const { answer } = result;
  const basis = t(locale, result.basis === 'law' ? 'step.basis.law' : 'step.basis.contract');
  if (answer.ended) {
    lines.push(t(locale, 'step.resultEnded', { end: formatCivil(answer.end, locale) }));
    return lines;
  }
  if (answer.noticeDeadline && !(result.basis === 'law' && result.law?.immediate)) {
    const deadline = formatCivil(answer.noticeDeadline, locale);
    if (result.letterForm && result.formVoidBy) lines.push(t(locale, 'step.receiptFormVoid', { deadline, citation: result.formVoidBy }));
    else lines.push(t(locale, result.letterForm ? 'step.receipt' : 'step.receiptElectronic', { deadline }));
    const day = weekday(answer.noticeDeadline);
    if (day >= 6) lines.push(t(locale, result.jurisdiction === 'de' ? 'step.weekendDe' : 'step.weekend', { deadline, weekday: t(locale, `weekday.${day}` as MessageKey) }));
  }
  if (answer.endsByItself) lines.push(t(locale, 'step.resultEndsByItself', { end: formatCivil(answer.end, locale) }));
  else if (result.basis === 'law' && result.law?.immediate) lines.push(t(locale, 'step.resultImmediate', { end: formatCivil(answer.end, locale), basis }));
  else lines.push(t(locale, 'step.result', { end: formatCivil(answer.end, locale), basis, provider, deadline: formatCivil(answer.noticeDeadline as string, locale) }));
  return lines;
}

/** One message for a computation that could not be done, naming the missing or unclear fact. */
const spoken = (iso: unknown, locale: Locale) => (typeof iso === 'string' && /^P\d+(?:\.\d+)?[DWMY]$/.test(iso) ? formatDuration(parseIso(iso), locale) : String(iso));

/** What knebel read, in words ("Mindestlaufzeit 24 Monate, verlängert sich automatisch"), never field names. */
export function factsRead(facts: Record<string, unknown>, locale: Locale): string {
  const parts: string[] = [];
  if (typeof facts.minimumTerm === 'string') parts.push(t(locale, 'fact.read.minimumTerm', { value: spoken(facts.minimumTerm, locale) }));
  else if (facts.noMinimumTerm === true) parts.push(t(locale, 'fact.read.noMinimumTerm'));
  if (facts.autoRenewal === true) parts.push(t(locale, 'fact.read.autoRenewal'));
  if (facts.autoRenewal === false) parts.push(t(locale, 'fact.read.noRenewal'));
  if (facts.renewalTerm === 'indefinite') parts.push(t(locale, 'fact.read.renewalIndefinite'));
  else if (facts.renewalTerm === 'same-as-initial') parts.push(t(locale, 'fact.read.renewalTerm', { value: t(locale, 'value.sameAsInitial') }));
  else if (typeof facts.renewalTerm === 'string') parts.push(t(locale, 'fact.read.renewalTerm', { value: spoken(facts.renewalTerm, locale) }));
  if (typeof facts.noticePeriod === 'string') parts.push(t(locale, 'fact.read.noticePeriod', { value: spoken(facts.noticePeriod, locale) }));
  if (typeof facts.openNoticePeriod === 'string') parts.push(t(locale, 'fact.read.openNoticePeriod', { value: spoken(facts.openNoticePeriod, locale) }));
  if (facts.noticeAnchor === 'anytime') parts.push(t(locale, 'fact.read.anytime'));
  if (typeof facts.startDate === 'string') parts.push(t(locale, 'fact.read.startDate', { value: formatCivil(facts.startDate, locale) }));
  if (typeof facts.contractDate === 'string') parts.push(t(locale, 'fact.read.contractDate', { value: formatCivil(facts.contractDate, locale) }));
  return parts.join(', ') || t(locale, 'fact.none');
}

export function explainProblem(problem: DeadlineProblem, result: { facts: Record<string, unknown> }, locale: Locale): string {
  const read = factsRead(result.facts, locale);
  const factName = (f: FactName) => t(locale, `fact.${f}` as MessageKey);
  switch (problem.kind) {
    case 'missing-start':
      return t(locale, 'problem.missingStart');
    case 'missing-facts':
      return t(locale, 'problem.missingFact', { facts: problem.facts.map(factName).join(t(locale, 'fact.and')), read });
    case 'ambiguous':
      return t(locale, 'problem.ambiguousFact', {
        facts: factName(problem.fact),
        value: problem.fact === 'minimumTerm' && result.facts.noMinimumTerm === true ? t(locale, 'problem.conflict', { term: spoken(problem.value, locale) }) : spoken(problem.value, locale),
        read,
      });
    case 'renewal-unknown':
      return t(locale, 'problem.renewalUnknown', { end: formatCivil(problem.end, locale), read });
  }
}
