import { failedDocument, readDocumentBytes } from '../analyze.js';
import { ExitCode } from '../errors.js';
import { ingest } from '../ingest/index.js';
import { normalize } from '../text/normalize.js';
import type { CliIO } from './context.js';
import { readStdin } from './stdin.js';

/** `knebel text FILE`: the normalized text, so anyone can check a finding's offsets by hand. */
export async function runText(file: string, options: { password?: string; maxBytes: number }, io: CliIO): Promise<number> {
  try {
    const bytes = file === '-' ? await readStdin(io.stdin, options.maxBytes + 1) : await readDocumentBytes(file, options.maxBytes);
    const ingested = await ingest(bytes, { password: options.password, maxBytes: options.maxBytes });
    io.stdout.write(`${normalize(ingested.pages).text}\n`);
    return ExitCode.ok;
  } catch (error) {
    const failed = failedDocument(file, error);
    if (!failed.ok) io.stderr.write(`knebel: ${file}: ${failed.error.message} [${failed.error.code}]\n`);
    return ExitCode.inputFailed;
  }
}
