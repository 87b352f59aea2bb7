import type { DeadlineResult } from '../deadline/compute.js';
import { formatCivil, t, type Locale, type MessageKey } from '../i18n/messages.js';
import { wrapKeeping } from '../deadline/format.js';

/**
 * A cancellation letter ("Kündigung") in text form, built from a deadline computation: sender,
 * provider, date, subject, the cancellation with the computed end date and "or the earliest
 * possible date", the legal alternative where the law allows an earlier end than the contract,
 * a request for written confirmation, and the signature. Every sentence comes from the catalog.
 */
export interface LetterInput {
  result: DeadlineResult;
  locale: Locale;
  name: string;
  memberId: string;
  /** Sender's address lines. */
  address: string[];
  /** Provider's name and address lines; null → placeholder. */
  provider: string[] | null;
  format: 'text' | 'markdown';
  width?: number;
}

interface Block {
  kind: 'lines' | 'paragraph' | 'subject';
  lines: string[];
}

function contractKind(type: string): { contract: MessageKey; idLabel: MessageKey } {
  if (type === 'gym') return { contract: 'letter.contract.gym', idLabel: 'letter.idLabel.gym' };
  if (type === 'telecom') return { contract: 'letter.contract.telecom', idLabel: 'letter.idLabel.other' };
  return { contract: 'letter.contract.other', idLabel: 'letter.idLabel.other' };
}

export function letterBlocks(input: LetterInput): Block[] {
  const { result, locale } = input;
  const kind = contractKind(result.contractType);
  const contract = t(locale, kind.contract);
  const idLabel = t(locale, kind.idLabel);
  const params = {
    contract,
    idLabel,
    memberId: input.memberId,
    contractDate: result.contractDate ? t(locale, 'letter.contractDate', { date: formatCivil(result.contractDate, locale) }) : '',
  };
  const blocks: Block[] = [];
  blocks.push({ kind: 'lines', lines: [input.name, ...input.address] });
  blocks.push({ kind: 'lines', lines: input.provider ?? [t(locale, 'letter.recipientUnknown')] });
  blocks.push({ kind: 'lines', lines: [t(locale, 'letter.place', { date: formatCivil(result.today, locale) })] });
  blocks.push({ kind: 'subject', lines: [t(locale, 'letter.subject', { contract, idLabel, memberId: input.memberId })] });
  blocks.push({ kind: 'lines', lines: [t(locale, 'letter.salutation')] });

  const law = result.law;
  const contractEnd = result.contract.answer && !result.contract.answer.ended ? result.contract.answer.end : null;
  if (result.basis === 'law' && law?.immediate) {
    blocks.push({ kind: 'paragraph', lines: [t(locale, 'letter.bodyImmediate', params)] });
  } else if (result.answer.ended) {
    blocks.push({ kind: 'paragraph', lines: [t(locale, 'letter.bodyNoDate', params)] });
  } else if (result.basis === 'law' && law && contractEnd && contractEnd > result.answer.end) {
    // the law reaches an earlier end than the contract: name it, with the contract's date as the fallback
    const topic = result.answer.period.kind === 'initial' ? 'notice' : 'renewal';
    blocks.push({ kind: 'paragraph', lines: [t(locale, 'letter.bodyLaw', { ...params, end: formatCivil(result.answer.end, locale) })] });
    blocks.push({
      kind: 'paragraph',
      lines: [
        t(locale, 'letter.alternative', {
          topic: t(locale, topic === 'notice' ? 'letter.alternativeTopic.notice' : 'letter.alternativeTopic.renewal'),
          citation: law.overrides[topic] ?? law.citations.join('; '),
          lawEnd: formatCivil(result.answer.end, locale),
          contractEnd: formatCivil(contractEnd, locale),
        }),
      ],
    });
  } else {
    blocks.push({ kind: 'paragraph', lines: [t(locale, 'letter.body', { ...params, end: formatCivil(result.answer.end, locale) })] });
  }
  blocks.push({ kind: 'paragraph', lines: [t(locale, 'letter.confirm')] });
  if (result.jurisdiction === 'de') blocks.push({ kind: 'paragraph', lines: [t(locale, 'letter.directDebit')] });
  blocks.push({ kind: 'lines', lines: [t(locale, 'letter.closing')] });
  blocks.push({ kind: 'lines', lines: ['', input.name] });
  return blocks;
}

const escapeMarkdown = (s: string) => s.replace(/([\\`*_{}[\]<>#|])/g, '\\$1');

export function renderLetter(input: LetterInput): string {
  const blocks = letterBlocks(input);
  const width = input.width ?? 72;
  if (input.format === 'markdown') {
    return (
      blocks
        .map((b) => {
          const lines = b.lines.map((l) => (l === '' ? '' : escapeMarkdown(l)));
          if (b.kind === 'subject') return `**${lines[0]}**`;
          if (b.kind === 'paragraph') return lines.join(' ');
          // hard line breaks inside an address block; an empty line becomes a spacer
          return lines.map((l) => (l === '' ? '&nbsp;' : l)).join('  \n');
        })
        .join('\n\n') + '\n'
    );
  }
  return (
    blocks
      .map((b) => (b.kind === 'paragraph' || b.kind === 'subject' ? wrapKeeping(b.lines.join(' '), width, '') : b.lines.join('\n')))
      .join('\n\n') + '\n'
  );
}

/** Hints for the sender (not part of the letter): by when it must arrive, and the form. */
export function letterNotes(result: DeadlineResult, locale: Locale): string[] {
  const notes: string[] = [];
  if (result.answer.noticeDeadline && !result.answer.ended && !result.answer.endsByItself) {
    notes.push(t(locale, 'letter.note.deadline', { deadline: formatCivil(result.answer.noticeDeadline, locale) }));
  }
  if (result.letterForm) notes.push(t(locale, 'letter.note.form'));
  return notes;
}
