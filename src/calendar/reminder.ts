import { basename } from 'node:path';
import { addDays, maxDate } from '../deadline/civil.js';
import type { DeadlineResult } from '../deadline/compute.js';
import { formatCivil, t, type Locale } from '../i18n/messages.js';
import { contractLabel } from '../letter/letter.js';
import type { Reminder } from './ics.js';

/**
 * The calendar reminder of one contract: an all-day event `remindDays` before the notice deadline
 * (today at the earliest), with an alarm at 9:00. UID from the contract's bytes and the deadline,
 * DTSTAMP from today: the same input gives the same event. The hint on the form follows the legal
 * view: when the law voids the contract's letter-only clause, it says that an e-mail is enough.
 */
export function reminderOf(result: DeadlineResult, locale: Locale, digest: string, remindDays: number): Reminder | null {
  const deadline = result.answer.noticeDeadline;
  if (!deadline || result.answer.endsByItself || result.answer.ended) return null;
  const date = maxDate(result.today, addDays(deadline, -remindDays));
  const formHint = !result.letterForm ? '' : result.formVoidBy ? t(locale, 'ics.emailSuffices', { citation: result.formVoidBy }) : t(locale, 'ics.letterHint');
  const params = {
    contract: contractLabel(result.contractType, locale),
    deadline: formatCivil(deadline, locale),
    end: formatCivil(result.answer.end, locale),
    provider: t(locale, 'provider.generic'),
    source: basename(result.source),
    letterHint: formHint,
  };
  return {
    uid: `${digest.slice(0, 24)}-${deadline.replace(/-/g, '')}@knebel`,
    stamp: result.today,
    date,
    summary: t(locale, 'ics.summary', params),
    description: t(locale, 'ics.description', params),
    alarm: t(locale, 'ics.alarm', params),
  };
}
