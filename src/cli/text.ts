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
    let normalized = normalize(ingested.pages);
    if (ingested.ocr?.some(Boolean)) {
      // text read by OCR is printed with the repairs the analysis applies, so offsets match
      const { detectLanguage, isSupported } = await import('../text/language.js');
      const language = detectLanguage(normalized.text).language;
      if (isSupported(language)) {
        const pack = (await import('../lang/index.js')).LANGUAGE_PACKS[language];
        normalized = normalize(ingested.pages, { ocrPages: ingested.ocr.map(Boolean), repairs: pack.ocrRepairs, units: pack.units });
      }
    }
    io.stdout.write(`${normalized.text}\n`);
    return ExitCode.ok;
  } catch (error) {
    const failed = failedDocument(file, error);
    if (!failed.ok) io.stderr.write(`knebel: ${file}: ${failed.error.message} [${failed.error.code}]\n`);
    return ExitCode.inputFailed;
  }
}
