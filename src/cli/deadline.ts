import { Chalk, type ChalkInstance } from 'chalk';
import { buildIcs, type Reminder } from '../calendar/ics.js';
import { reminderOf } from '../calendar/reminder.js';
import { deadlineJson, formatDeadlineText } from '../deadline/format.js';
import { ExitCode } from '../errors.js';
import { formatCivil, formatShortDate, t, type Locale } from '../i18n/messages.js';
import { version } from '../version.js';
import { colorLevel } from './color.js';
import type { CliIO } from './context.js';
import { explainLoaded, isProblem, loadContract, reportProblem, writeAtomic, type ConsumerOptions, type Loaded } from './consumer.js';
import { reportSetupError } from './check.js';
import { expandInputs } from './inputs.js';
import { planSingleOutput } from './output.js';

export interface DeadlineCliOptions extends ConsumerOptions {
  format: 'text' | 'json';
  ics?: string;
  remindDays: number;
  color?: boolean;
}

/** One contract of an overview: its dates, or why there are none. */
interface Row {
  source: string;
  loaded: Loaded | null;
  problem: string | null;
}

async function writeCalendar(path: string, reminders: Reminder[], locale: Locale, io: CliIO): Promise<boolean> {
  try {
    await writeAtomic(path, buildIcs(reminders, version()), io, '--ics');
    return true;
  } catch (error) {
    io.stderr.write(`knebel: ${t(locale, 'problem.cannotWrite', { file: path, reason: (error as NodeJS.ErrnoException).code ?? (error as Error).message })}\n`);
    return false;
  }
}

/** The form hint for stderr, following the legal view: a void letter-only clause means an e-mail is enough. */
function formHint(loaded: Loaded): string | null {
  const result = loaded.outcome;
  if (isProblem(result) || !result.letterForm) return null;
  return result.formVoidBy ? t(loaded.locale, 'letter.note.formVoid', { citation: result.formVoidBy }) : t(loaded.locale, 'letter.note.form');
}

async function runOne(file: string, options: DeadlineCliOptions, io: CliIO, chalk: ChalkInstance): Promise<number> {
  const loaded = await loadContract(file, options, io);
  if (typeof loaded === 'number') return loaded;
  const { outcome, locale } = loaded;
  if (isProblem(outcome)) return reportProblem(loaded, outcome, options.format === 'json', io);
  if (options.ics) {
    const reminder = reminderOf(outcome, locale, loaded.digest, options.remindDays);
    if (reminder) {
      if (!(await writeCalendar(options.ics, [reminder], locale, io))) return ExitCode.usage;
      if (options.ics !== '-') io.stderr.write(`${t(locale, 'deadline.ics.written', { file: options.ics, date: formatCivil(reminder.date, locale), days: options.remindDays })}\n`);
    }
    if (options.ics === '-') return ExitCode.ok;
  }
  const rendered = options.format === 'json' ? `${JSON.stringify(deadlineJson(outcome, locale), null, 2)}\n` : formatDeadlineText(outcome, locale, io.stdout.columns ?? 100, chalk);
  io.stdout.write(rendered);
  const hint = formHint(loaded);
  if (hint && options.format !== 'json') io.stderr.write(`knebel: ${hint}\n`);
  return ExitCode.ok;
}

/** The overview of many contracts: one line each, soonest notice deadline first, then those without dates and why. */
function overviewText(rows: Row[], locale: Locale, chalk: ChalkInstance): string {
  const dated = rows.filter((r) => r.loaded && !isProblem(r.loaded.outcome));
  const key = (r: Row) => {
    const o = r.loaded?.outcome;
    return o && !isProblem(o) ? (o.answer.noticeDeadline ?? o.answer.end) : '';
  };
  dated.sort((a, b) => key(a).localeCompare(key(b)) || a.source.localeCompare(b.source));
  const header = [t(locale, 'overview.deadline'), t(locale, 'overview.end'), t(locale, 'overview.basis'), t(locale, 'overview.file')];
  const cells = dated.map((r) => {
    const o = r.loaded?.outcome as Exclude<Loaded['outcome'], { kind: string }>;
    const notice = o.answer.noticeDeadline && !o.answer.endsByItself && !o.answer.ended ? formatShortDate(o.answer.noticeDeadline, locale) : t(locale, 'overview.noNotice');
    return [notice, formatShortDate(o.answer.end, locale), t(locale, o.basis === 'law' ? 'overview.basis.law' : 'overview.basis.contract'), r.source];
  });
  const widths = [0, 1, 2].map((i) => Math.max(header[i].length, ...cells.map((c) => c[i].length)));
  const line = (c: string[], emphasise = false) => {
    const first = c[0].padEnd(widths[0]);
    return `  ${emphasise ? chalk.bold.yellow(first) : first}  ${c[1].padEnd(widths[1])}  ${c[2].padEnd(widths[2])}  ${c[3]}`.trimEnd();
  };
  const out = [chalk.bold(t(locale, 'overview.title', { count: rows.length })), '', chalk.bold(line(header)), ...cells.map((c) => line(c, true))];
  const failed = rows.filter((r) => !dated.includes(r));
  if (failed.length) {
    out.push('', chalk.bold(t(locale, 'overview.failed')));
    for (const r of failed) out.push(`  ${r.source}: ${r.problem}`);
  }
  return `${out.join('\n')}\n`;
}

async function runMany(files: string[], options: DeadlineCliOptions, io: CliIO, chalk: ChalkInstance): Promise<number> {
  const rows: Row[] = [];
  // one at a time: each contract is read and analysed within the same limits as a single one
  for (const file of files) {
    // a contract that cannot be read is listed with its one-line error instead of printing it
    const captured: string[] = [];
    const stderr = { write: (s: string) => captured.push(s.replace(/^knebel: /, '').trim().replace(`${file}: `, '')) > 0 };
    const loaded = await loadContract(file, options, { ...io, stderr: stderr as unknown as NodeJS.WritableStream });
    if (typeof loaded === 'number') rows.push({ source: file, loaded: null, problem: captured.join(' ') });
    else if (isProblem(loaded.outcome)) rows.push({ source: file, loaded, problem: explainLoaded(loaded, loaded.outcome).replace(`${file}: `, '') });
    else rows.push({ source: file, loaded, problem: null });
  }
  const locale = options.locale ?? rows.find((r) => r.loaded)?.loaded?.locale ?? 'en';
  const ok = rows.filter((r) => r.loaded && !isProblem(r.loaded.outcome)).map((r) => r.loaded as Loaded);
  if (options.ics) {
    const reminders = ok.flatMap((l) => reminderOf(l.outcome as never, locale, l.digest, options.remindDays) ?? []);
    if (!(await writeCalendar(options.ics, reminders, locale, io))) return ExitCode.usage;
    if (options.ics === '-') return rows.length === ok.length ? ExitCode.ok : ExitCode.inputFailed;
    io.stderr.write(`${t(locale, 'overview.ics', { count: reminders.length, file: options.ics })}\n`);
  }
  if (options.format === 'json') {
    const documents = rows.map((r) =>
      r.loaded && !isProblem(r.loaded.outcome) ? { ok: true, ...deadlineJson(r.loaded.outcome, locale) } : { source: r.source, ok: false, error: { message: r.problem } },
    );
    io.stdout.write(`${JSON.stringify({ documents }, null, 2)}\n`);
  } else io.stdout.write(overviewText(rows, locale, chalk));
  return rows.length === ok.length ? ExitCode.ok : ExitCode.inputFailed;
}

/** `knebel deadline FILE…`: one contract in detail, or many (files, folders) in one overview and one calendar. */
export async function runDeadline(inputs: string[], options: DeadlineCliOptions, io: CliIO): Promise<number> {
  try {
    if (options.ics) planSingleOutput(options.ics, '--ics', inputs);
  } catch (error) {
    return reportSetupError(error, io);
  }
  const chalk = new Chalk({ level: colorLevel(options.color, io.env, Boolean(io.stdout.isTTY)) });
  const expanded = inputs.length === 1 && inputs[0] === '-' ? { files: ['-'], emptyDirs: [] } : expandInputs(inputs);
  for (const dir of expanded.emptyDirs) io.stderr.write(`knebel: ${dir}: no contract files in this folder\n`);
  if (expanded.files.length === 0) {
    io.stderr.write('knebel: error: no files to read\n');
    return ExitCode.usage;
  }
  const single = expanded.files.length === 1 && inputs.length === 1 && expanded.files[0] === inputs[0];
  return single ? runOne(expanded.files[0], options, io, chalk) : runMany(expanded.files, options, io, chalk);
}
