import { basename } from 'node:path';
import { buildIcs } from '../calendar/ics.js';
import { addDays, maxDate } from '../deadline/civil.js';
import type { DeadlineResult } from '../deadline/compute.js';
import { deadlineJson, formatDeadlineText } from '../deadline/format.js';
import { ExitCode } from '../errors.js';
import { formatCivil, td } from '../i18n/deadline.js';
import type { Locale } from '../i18n/messages.js';
import { version } from '../version.js';
import type { CliIO } from './context.js';
import { isProblem, loadContract, reportProblem, type ConsumerOptions } from './consumer.js';
import { contractLabel } from './letter.js';
import { planSingleOutput, writeOutput } from './output.js';
import { reportSetupError } from './check.js';

export interface DeadlineCliOptions extends ConsumerOptions {
  format: 'text' | 'json';
  ics?: string;
  remindDays: number;
}

/** Write like `check --output` (cli/output.ts): atomic for files, in place for devices and FIFOs; "-" is standard output. */
export async function writeAtomic(path: string, content: string, io: CliIO, flag = '-o'): Promise<void> {
  writeOutput(path, content, io, flag);
}

/**
 * The calendar reminder: an all-day event `remindDays` before the notice deadline (today at
 * the earliest), with an alarm at 9:00. UID from the contract's bytes and the deadline, DTSTAMP
 * from --today: the same input gives the same file.
 */
export function reminderIcs(result: DeadlineResult, locale: Locale, digest: string, remindDays: number): { ics: string; date: string } | null {
  const deadline = result.answer.noticeDeadline;
  if (!deadline || result.answer.endsByItself || result.answer.ended) return null;
  const date = maxDate(result.today, addDays(deadline, -remindDays));
  const params = {
    contract: contractLabel(result, locale),
    deadline: formatCivil(deadline, locale),
    end: formatCivil(result.answer.end, locale),
    provider: td(locale, 'provider.generic'),
    source: basename(result.source),
    letterHint: result.letterForm ? td(locale, 'ics.letterHint') : '',
  };
  const ics = buildIcs(
    {
      uid: `${digest.slice(0, 24)}-${deadline.replace(/-/g, '')}@knebel`,
      stamp: result.today,
      date,
      summary: td(locale, 'ics.summary', params),
      description: td(locale, 'ics.description', params),
      alarm: td(locale, 'ics.alarm', params),
    },
    version(),
  );
  return { ics, date };
}

export async function runDeadline(file: string, options: DeadlineCliOptions, io: CliIO): Promise<number> {
  try {
    if (options.ics) planSingleOutput(options.ics, '--ics', [file]);
  } catch (error) {
    return reportSetupError(error, io);
  }
  const loaded = await loadContract(file, options, io);
  if (typeof loaded === 'number') return loaded;
  const { outcome, locale } = loaded;
  if (isProblem(outcome)) return reportProblem(loaded, outcome, options.format === 'json', io);

  if (options.ics) {
    const reminder = reminderIcs(outcome, locale, loaded.digest, options.remindDays);
    if (reminder) {
      try {
        await writeAtomic(options.ics, reminder.ics, io, '--ics');
      } catch (error) {
        io.stderr.write(`knebel: ${td(locale, 'problem.cannotWrite', { file: String(options.ics), reason: (error as NodeJS.ErrnoException).code ?? (error as Error).message })}\n`);
        return ExitCode.usage;
      }
      if (options.ics !== '-') io.stderr.write(`${td(locale, 'deadline.ics.written', { file: options.ics, date: formatCivil(reminder.date, locale), days: options.remindDays })}\n`);
    }
    if (options.ics === '-') return ExitCode.ok;
  }
  const rendered = options.format === 'json' ? `${JSON.stringify(deadlineJson(outcome, locale), null, 2)}\n` : formatDeadlineText(outcome, locale, io.stdout.columns ?? 100);
  io.stdout.write(rendered);
  return ExitCode.ok;
}
