import { buildIcs } from '../calendar/ics.js';
import { reminderOf } from '../calendar/reminder.js';
import { DEFAULT_REMIND_DAYS } from '../model/limits.js';
import { isProblem } from '../deadline/compute.js';
import { formatHtml } from '../format/html.js';
import { formatJson } from '../format/json.js';
import { t } from '../i18n/messages.js';
import { letterBlocks, renderLetter, type LetterInput } from '../letter/letter.js';
import { findProvider } from '../letter/provider.js';
import { buildReport } from '../report/build.js';
import { version } from '../version.js';
import type { Analysed } from './analyses.js';
import { datesOf, type DateChoices, type PageView } from './render.js';

/**
 * The page's downloads, made on request from the analysis in memory: the cancellation letter
 * (PDF, text) as `knebel letter` writes it, the calendar reminder as `knebel deadline --ics`, and
 * the report as `knebel check --format html|json`.
 */
export const DOWNLOADS = ['letter-pdf', 'letter-text', 'ics', 'report-html', 'report-json'] as const;
export type DownloadKind = (typeof DOWNLOADS)[number];

export interface Download {
  name: string;
  type: string;
  body: string | Uint8Array;
}

/** A name for downloaded files from the contract's: letters, digits, dashes. */
const stem = (source: string) =>
  source
    .replace(/\.[^.]+$/, '')
    .replace(/[^\p{L}\p{N}_-]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60) || 'contract';

function letterInput(analysed: Analysed, choices: DateChoices, name: string): LetterInput {
  const { doc, today, outcome } = datesOf(analysed, choices);
  return {
    result: isProblem(outcome) ? null : outcome,
    contract: { contractType: doc.facts.contractType, contractDate: doc.facts.contractDate, jurisdiction: doc.jurisdiction, today, priceChangeFreeExit: doc.facts.priceChange?.freeExit },
    locale: doc.locale,
    name: name.trim() || t(doc.locale, 'letter.namePlaceholder'),
    address: [],
    provider: findProvider(analysed.text),
  };
}

/** The letter as an e-mail draft (subject, body), with the name placeholder the page replaces as the user types. */
export function mailDraft(analysed: Analysed, choices: DateChoices): PageView['mail'] {
  const placeholder = t(analysed.doc.locale, 'letter.namePlaceholder');
  const text = renderLetter(letterInput(analysed, choices, ''), 'email');
  const [first, ...rest] = text.split('\n');
  const subject = first.replace(/^[^:]*:\s*/, '');
  return { subject, body: rest.join('\n').trim(), namePlaceholder: placeholder };
}

/** One download, or null when there is nothing to download (no deadline: no reminder). */
export async function download(kind: DownloadKind, analysed: Analysed, choices: DateChoices, name: string): Promise<Download | null> {
  const base = stem(analysed.doc.source);
  const locale = analysed.doc.locale;
  if (kind === 'letter-text') return { name: `${base}-letter.txt`, type: 'text/plain; charset=utf-8', body: renderLetter(letterInput(analysed, choices, name), 'text') };
  if (kind === 'letter-pdf') {
    const input = letterInput(analysed, choices, name);
    const { letterPdf } = await import('../letter/pdf.js');
    return { name: `${base}-letter.pdf`, type: 'application/pdf', body: await letterPdf(letterBlocks(input).blocks, input.contract.today) };
  }
  if (kind === 'ics') {
    const { outcome } = datesOf(analysed, choices);
    const reminder = isProblem(outcome) ? null : reminderOf(outcome, locale, analysed.digest, DEFAULT_REMIND_DAYS);
    return reminder ? { name: `${base}-reminder.ics`, type: 'text/calendar; charset=utf-8', body: buildIcs([reminder], version()) } : null;
  }
  const report = buildReport([datesOf(analysed, choices).doc]);
  if (kind === 'report-json') return { name: `${base}-knebel.json`, type: 'application/json; charset=utf-8', body: formatJson(report) };
  return { name: `${base}-knebel.html`, type: 'text/html; charset=utf-8', body: formatHtml(report, { verbose: false }) };
}
