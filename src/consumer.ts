import { createHash } from 'node:crypto';
import { buildIcs } from './calendar/ics.js';
import { reminderOf } from './calendar/reminder.js';
import type { IdentifierKind, LetterReason } from './letter/choices.js';
import { renderLetter } from './letter/letter.js';
import { DEFAULT_REMIND_DAYS } from './model/limits.js';
import { deadlineOf, type ConsumerOptions } from './report/deadline.js';
import type { OkDocument } from './report/schema.js';
import { version } from './version.js';

/*
 * The consumer's answer for programs, as `knebel deadline`, `knebel letter` and `knebel deadline
 * --ics` give it on the command line: each takes an analysed document (from `analyze` or `check`).
 */

/** The cancellation dates of an analysed contract (JSON as `knebel deadline --format json`), or why there are none. */
export function deadline(doc: OkDocument, options: Omit<ConsumerOptions, 'files'> = {}) {
  const { deadline: dates, deadlineReason } = deadlineOf(doc, options);
  return dates ? { ok: true as const, deadline: dates } : { ok: false as const, reason: deadlineReason };
}

export interface Sender {
  name: string;
  /** Postal address lines. */
  address?: string[];
  /** Membership, customer or contract number, or the account's e-mail: whichever the contract uses. */
  identifier?: { kind: IdentifierKind; value: string };
  /** The provider's name and address lines (default: a placeholder to fill in). */
  provider?: string[];
  reason?: LetterReason;
}

/** A cancellation letter with the computed end date (or "at the earliest possible date" when there is none). */
export function letter(doc: OkDocument, sender: Sender, options: Omit<ConsumerOptions, 'files'> & { format?: 'text' | 'markdown' | 'email' } = {}): string {
  const { result } = deadlineOf(doc, options);
  const today = result?.today ?? options.today ?? new Date().toISOString().slice(0, 10);
  const contract = { contractType: doc.facts.contractType, contractDate: doc.facts.contractDate, jurisdiction: doc.jurisdiction, today, priceChangeFreeExit: doc.facts.priceChange?.freeExit };
  const input = { result: result ?? null, contract, locale: doc.locale, name: sender.name, identifier: sender.identifier, address: sender.address ?? [], provider: sender.provider ?? null, reason: sender.reason };
  return renderLetter(input, options.format ?? 'text');
}

/** One iCalendar file (RFC 5545) with a reminder before each contract's notice deadline; contracts without one are left out. */
export function ics(docs: readonly OkDocument[], options: Omit<ConsumerOptions, 'files'> & { remindDays?: number } = {}): string {
  const reminders = docs.flatMap((doc) => {
    const { result } = deadlineOf(doc, options);
    // a stable id without the file's bytes: the source and the fingerprints of the findings
    const digest = createHash('sha256').update(doc.source).update(doc.findings.map((f) => f.fingerprint).join()).digest('hex');
    const reminder = result ? reminderOf(result, doc.locale, digest, options.remindDays ?? DEFAULT_REMIND_DAYS) : null;
    return reminder ? [reminder] : [];
  });
  return buildIcs(reminders, version());
}
