import { ExitCode } from '../errors.js';
import { t } from '../i18n/messages.js';
import { IDENTIFIER_KINDS, letterBlocks, letterNotes, renderLetter, type IdentifierKind, type LetterFormat, type LetterInput, type LetterReason } from '../letter/letter.js';
import { findProvider } from '../letter/provider.js';
import { reportSetupError } from './check.js';
import type { CliIO } from './context.js';
import { planSingleOutput } from './output.js';
import { explainLoaded, isProblem, loadContract, writeAtomic, type ConsumerOptions } from './consumer.js';

export interface LetterCliOptions extends ConsumerOptions {
  name: string;
  memberId?: string;
  customerId?: string;
  contractId?: string;
  email?: string;
  address?: string;
  provider?: string;
  reason?: LetterReason;
  format: LetterFormat;
  output?: string;
}

/** Address lines from one option: split at newlines, or at commas ("Lindenweg 3, 10115 Berlin"). */
export const addressLines = (value: string | undefined): string[] =>
  value
    ? value
        .split(value.includes('\n') ? /\n/ : /,/)
        .map((l) => l.trim())
        .filter(Boolean)
    : [];

const OPTION_OF: Record<IdentifierKind, 'memberId' | 'customerId' | 'contractId' | 'email'> = { member: 'memberId', customer: 'customerId', contract: 'contractId', email: 'email' };

/** The first identifier given, whichever the contract uses; none is fine. */
function identifierOf(options: LetterCliOptions): LetterInput['identifier'] {
  const kind = IDENTIFIER_KINDS.find((k) => options[OPTION_OF[k]]);
  return kind ? { kind, value: options[OPTION_OF[kind]] as string } : undefined;
}

export async function runLetter(file: string, options: LetterCliOptions, io: CliIO): Promise<number> {
  try {
    if (options.output !== undefined) planSingleOutput(options.output, '-o', [file]);
  } catch (error) {
    return reportSetupError(error, io);
  }
  const loaded = await loadContract(file, options, io);
  if (typeof loaded === 'number') return loaded;
  const { outcome, locale } = loaded;
  const doc = loaded.analysis.report;
  if (options.format === 'pdf' && !options.output && (io.stdout as { isTTY?: boolean }).isTTY) {
    io.stderr.write('knebel: error: a PDF letter needs --output FILE (or a pipe)\n');
    return ExitCode.usage;
  }
  const result = isProblem(outcome) ? null : outcome;
  const input: LetterInput = {
    result,
    contract: { contractType: doc.facts.contractType, contractDate: doc.facts.contractDate, jurisdiction: doc.jurisdiction, today: loaded.today, priceChangeFreeExit: doc.facts.priceChange?.freeExit },
    locale,
    name: options.name,
    identifier: identifierOf(options),
    address: addressLines(options.address),
    provider: options.provider ? addressLines(options.provider) : findProvider(loaded.analysis.normalized.text),
    reason: options.reason,
  };
  let content: string | Uint8Array;
  if (options.format === 'pdf') {
    const { letterPdf } = await import('../letter/pdf.js');
    content = await letterPdf(letterBlocks(input).blocks, loaded.today);
  } else content = renderLetter(input, options.format);
  try {
    await writeAtomic(options.output ?? '-', content, io);
  } catch (error) {
    io.stderr.write(`knebel: ${t(locale, 'problem.cannotWrite', { file: String(options.output), reason: (error as NodeJS.ErrnoException).code ?? (error as Error).message })}\n`);
    return ExitCode.usage;
  }
  // without dates the letter cancels "at the earliest possible date"; say why there are none
  if (isProblem(outcome) && !options.reason) io.stderr.write(`knebel: ${explainLoaded(loaded, outcome)}\n`);
  for (const note of letterNotes(input, options.format)) io.stderr.write(`knebel: ${note}\n`);
  return ExitCode.ok;
}
