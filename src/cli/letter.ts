import type { DeadlineResult } from '../deadline/compute.js';
import { ExitCode } from '../errors.js';
import { td } from '../i18n/deadline.js';
import type { Locale } from '../i18n/messages.js';
import { letterNotes, renderLetter } from '../letter/letter.js';
import { findProvider } from '../letter/provider.js';
import type { CliIO } from './context.js';
import { isProblem, loadContract, reportProblem, type ConsumerOptions } from './consumer.js';
import { writeAtomic } from './deadline.js';
import { planSingleOutput } from './output.js';
import { reportSetupError } from './check.js';

export interface LetterCliOptions extends ConsumerOptions {
  name: string;
  memberId: string;
  address?: string;
  provider?: string;
  format: 'text' | 'markdown';
  output?: string;
}

/** "membership" / "Mitgliedschaftsvertrag": how the letter and the reminder name the contract. */
export function contractLabel(result: DeadlineResult, locale: Locale): string {
  return td(locale, result.contractType === 'gym' ? 'letter.contract.gym' : result.contractType === 'telecom' ? 'letter.contract.telecom' : 'letter.contract.other');
}

/** Address lines from one option: split at newlines, or at commas ("Lindenweg 3, 10115 Berlin"). */
export const addressLines = (value: string | undefined): string[] =>
  value
    ? value
        .split(value.includes('\n') ? /\n/ : /,/)
        .map((l) => l.trim())
        .filter(Boolean)
    : [];

export async function runLetter(file: string, options: LetterCliOptions, io: CliIO): Promise<number> {
  try {
    if (options.output !== undefined) planSingleOutput(options.output, '-o', [file]);
  } catch (error) {
    return reportSetupError(error, io);
  }
  const loaded = await loadContract(file, options, io);
  if (typeof loaded === 'number') return loaded;
  const { outcome, locale } = loaded;
  if (isProblem(outcome)) return reportProblem(loaded, outcome, false, io);
  const provider = options.provider ? addressLines(options.provider) : findProvider(loaded.analysis.normalized.text);
  const letter = renderLetter({
    result: outcome,
    locale,
    name: options.name,
    memberId: options.memberId,
    address: addressLines(options.address),
    provider,
    format: options.format,
  });
  try {
    await writeAtomic(options.output ?? '-', letter, io);
  } catch (error) {
    io.stderr.write(`knebel: ${td(locale, 'problem.cannotWrite', { file: String(options.output), reason: (error as NodeJS.ErrnoException).code ?? (error as Error).message })}\n`);
    return ExitCode.usage;
  }
  for (const note of letterNotes(outcome, locale)) io.stderr.write(`knebel: ${note}\n`);
  return ExitCode.ok;
}
