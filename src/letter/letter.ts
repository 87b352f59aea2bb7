import type { DeadlineResult } from '../deadline/compute.js';
import { daysBetween } from '../deadline/civil.js';
import { endAfterNotice } from '../deadline/periods.js';
import { wrapKeeping } from '../deadline/format.js';
import { formatCivil, t, type Locale, type MessageKey } from '../i18n/messages.js';
import type { IdentifierKind, LetterFormat, LetterReason } from './choices.js';

export * from './choices.js';

/**
 * A cancellation letter ("Kündigung") built from a deadline computation: sender, provider, date,
 * subject, the cancellation with the computed end date and "or the earliest possible date", the
 * legal alternative where the law allows an earlier end than the contract, a request for written
 * confirmation, and the signature. With a reason (move, price increase, withdrawal, good cause)
 * the body says why and cites the basis. Every sentence comes from the catalog.
 */

export interface LetterInput {
  /** The dates; null when they could not be computed (the letter cancels "at the earliest possible date"). */
  result: DeadlineResult | null;
  /** What the letter needs when `result` is null. */
  contract: { contractType: string; contractDate: string | null; jurisdiction: string; today: string; priceChangeFreeExit?: boolean };
  locale: Locale;
  name: string;
  /** Membership, customer or contract number, or the account's e-mail: whichever the contract uses. */
  identifier?: { kind: IdentifierKind; value: string };
  /** Sender's address lines. */
  address: string[];
  /** Provider's name and address lines; null → placeholder. */
  provider: string[] | null;
  reason?: LetterReason;
  width?: number;
}

export interface Block {
  kind: 'lines' | 'paragraph' | 'subject';
  lines: string[];
}

/** "membership" / "Mitgliedschaftsvertrag": how the letter and the reminder name the contract. */
export function contractLabel(contractType: string, locale: Locale): string {
  return t(locale, contractType === 'gym' ? 'letter.contract.gym' : contractType === 'telecom' ? 'letter.contract.telecom' : 'letter.contract.other');
}

const ONE_MONTH = { value: 1, unit: 'M' } as const;

/** The body, basis and note of a letter for a special reason. */
function reasonParts(input: LetterInput, params: Record<string, string>): { subject: string; body: string; note: string } {
  const { locale, contract } = input;
  const reason = input.reason as LetterReason;
  const telecom = contract.contractType === 'telecom';
  const de = contract.jurisdiction === 'de';
  let citation = '';
  let note: string;
  if (reason === 'move') {
    citation = t(locale, 'reason.basis.move.telecom');
    note = telecom && de ? t(locale, 'reason.note.move.telecom', { citation }) : t(locale, 'reason.note.move.notTelecom');
  } else if (reason === 'price-increase') {
    const freeExit = contract.priceChangeFreeExit === true;
    citation = telecom && de ? t(locale, 'reason.basis.price-increase.telecom') : t(locale, 'reason.basis.price-increase.contract');
    note = telecom && de ? t(locale, 'reason.note.price-increase.telecom', { citation }) : freeExit ? t(locale, 'reason.note.price-increase.contract') : t(locale, 'reason.note.price-increase.none');
  } else if (reason === 'withdrawal') {
    const law = de || contract.jurisdiction === 'at' ? 'de' : contract.jurisdiction === 'uk' ? 'uk' : contract.jurisdiction === 'eu' ? 'eu' : null;
    citation = t(locale, `reason.basis.withdrawal.${law ?? 'eu'}` as MessageKey);
    note = law ? t(locale, 'reason.note.withdrawal', { citation }) : t(locale, 'reason.note.withdrawal.noLaw', { jurisdiction: contract.jurisdiction.toUpperCase() });
    if (contract.contractDate && daysBetween(contract.contractDate, contract.today) > 14) {
      note += ` ${t(locale, 'reason.note.withdrawal.late', { date: formatCivil(contract.contractDate, locale) })}`;
    }
  } else {
    citation = t(locale, de ? 'reason.basis.extraordinary.de' : 'reason.basis.extraordinary.other');
    note = de ? t(locale, 'reason.note.extraordinary.de', { citation }) : t(locale, 'reason.note.extraordinary.other', { jurisdiction: contract.jurisdiction.toUpperCase() });
  }
  const end = formatCivil(endAfterNotice(contract.today, ONE_MONTH), locale);
  return {
    subject: t(locale, `reason.subject.${reason}` as MessageKey, params),
    body: t(locale, `reason.body.${reason}` as MessageKey, { ...params, citation, end }),
    note,
  };
}

/** The ordinary cancellation: to the computed end, or the law's earlier end with the contract's as fallback. */
function cancellationParagraphs(result: DeadlineResult | null, locale: Locale, params: Record<string, string>): string[] {
  if (!result || result.answer.ended) return [t(locale, 'letter.bodyNoDate', params)];
  const law = result.law;
  if (result.basis === 'law' && law?.immediate) return [t(locale, 'letter.bodyImmediate', params)];
  const contractEnd = result.contract.answer && !result.contract.answer.ended ? result.contract.answer.end : null;
  const end = formatCivil(result.answer.end, locale);
  if (result.basis === 'law' && law && contractEnd && contractEnd > result.answer.end) {
    // the law reaches an earlier end than the contract: name it, with the contract's date as the fallback
    const topic = result.answer.period.kind === 'initial' ? 'notice' : 'renewal';
    return [
      t(locale, 'letter.bodyLaw', { ...params, end }),
      t(locale, 'letter.alternative', {
        topic: t(locale, topic === 'notice' ? 'letter.alternativeTopic.notice' : 'letter.alternativeTopic.renewal'),
        citation: law.overrides[topic] ?? law.citations.join('; '),
        lawEnd: end,
        contractEnd: formatCivil(contractEnd, locale),
      }),
    ];
  }
  return [t(locale, 'letter.body', { ...params, end })];
}

export function letterBlocks(input: LetterInput): { blocks: Block[]; reasonNote: string | null } {
  const { locale, contract } = input;
  const contractName = contractLabel(contract.contractType, locale);
  const id = input.identifier;
  const idLabel = id ? t(locale, `letter.id.${id.kind}` as MessageKey) : '';
  const params = {
    contract: contractName,
    idPart: id ? t(locale, 'letter.idPart', { idLabel, id: id.value }) : '',
    subjectId: id ? t(locale, 'letter.subjectId', { idLabel, id: id.value }) : '',
    contractDate: contract.contractDate ? t(locale, 'letter.contractDate', { date: formatCivil(contract.contractDate, locale) }) : '',
  };
  const special = input.reason ? reasonParts(input, params) : null;
  const blocks: Block[] = [
    { kind: 'lines', lines: [input.name, ...input.address] },
    { kind: 'lines', lines: input.provider ?? [t(locale, 'letter.recipientUnknown')] },
    { kind: 'lines', lines: [t(locale, 'letter.place', { date: formatCivil(contract.today, locale) })] },
    { kind: 'subject', lines: [special ? `${special.subject}${params.subjectId}` : t(locale, 'letter.subject', params)] },
    { kind: 'lines', lines: [t(locale, 'letter.salutation')] },
  ];
  const body = special ? [special.body] : cancellationParagraphs(input.result, locale, params);
  for (const paragraph of body) blocks.push({ kind: 'paragraph', lines: [paragraph] });
  blocks.push({ kind: 'paragraph', lines: [t(locale, 'letter.confirm')] });
  if (contract.jurisdiction === 'de') blocks.push({ kind: 'paragraph', lines: [t(locale, 'letter.directDebit')] });
  blocks.push({ kind: 'lines', lines: [t(locale, 'letter.closing')] }, { kind: 'lines', lines: ['', input.name] });
  return { blocks, reasonNote: special?.note ?? null };
}

const escapeMarkdown = (s: string) => s.replace(/([\\`*_{}[\]<>#|])/g, '\\$1');

/** The letter as text, Markdown or a ready e-mail (subject line, then the body without addresses). */
export function renderLetter(input: LetterInput, format: Exclude<LetterFormat, 'pdf'>): string {
  const { blocks } = letterBlocks(input);
  const width = input.width ?? 72;
  const paragraph = (b: Block) => (b.kind === 'paragraph' || b.kind === 'subject' ? wrapKeeping(b.lines.join(' '), width, '') : b.lines.join('\n'));
  if (format === 'email') {
    const subject = blocks.find((b) => b.kind === 'subject') as Block;
    const body = blocks.slice(blocks.indexOf(subject) + 1);
    return `${t(input.locale, 'email.subject', { subject: subject.lines[0] })}\n\n${body.map(paragraph).join('\n\n').replace(/\n\n\n/, '\n')}\n`;
  }
  if (format === 'markdown') {
    const markdown = blocks.map((b) => {
      const lines = b.lines.map((l) => (l === '' ? '' : escapeMarkdown(l)));
      if (b.kind === 'subject') return `**${lines[0]}**`;
      if (b.kind === 'paragraph') return lines.join(' ');
      // hard line breaks inside an address block; an empty line becomes a spacer
      return lines.map((l) => (l === '' ? '&nbsp;' : l)).join('  \n');
    });
    return `${markdown.join('\n\n')}\n`;
  }
  return `${blocks.map(paragraph).join('\n\n')}\n`;
}

/** Hints for the sender (not part of the letter): by when it must arrive, the form the law allows, the reason's basis. */
export function letterNotes(input: LetterInput, format: LetterFormat): string[] {
  const { result, locale } = input;
  const notes: string[] = [];
  const reasonNote = input.reason ? letterBlocks(input).reasonNote : null;
  if (reasonNote) notes.push(reasonNote);
  if (!input.reason && result?.answer.noticeDeadline && !result.answer.ended && !result.answer.endsByItself) {
    notes.push(t(locale, 'letter.note.deadline', { deadline: formatCivil(result.answer.noticeDeadline, locale) }));
  }
  if (result?.letterForm && result.formVoidBy) notes.push(t(locale, 'letter.note.formVoid', { citation: result.formVoidBy }));
  else if (result?.letterForm) notes.push(t(locale, 'letter.note.form'));
  if (format === 'email') notes.push(t(locale, input.contract.jurisdiction === 'de' ? 'email.hint' : 'email.hintOther'));
  return notes;
}
