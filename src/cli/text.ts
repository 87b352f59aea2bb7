import type { ChildProcess } from 'node:child_process';
import { readDocumentBytes } from '../ingest/read.js';
import { failedDocument } from '../report/build.js';
import { ExitCode } from '../errors.js';
import { normalizedTextInWorker } from '../runner/single.js';
import type { CliIO } from './context.js';
import { analysisSettings, runSettings, type SettingsFlags } from '../settings/analysis.js';
import { readStdin } from './stdin.js';
import { shownName } from '../sanitize.js';

/** `knebel text FILE`: the normalized text, so anyone can check a finding's offsets by hand. */
export async function runText(file: string, options: SettingsFlags & { prestarted?: ChildProcess[] }, io: CliIO): Promise<number> {
  try {
    const settings = analysisSettings(options);
    const bytes = file === '-' ? await readStdin(io.stdin, settings.maxBytes + 1) : await readDocumentBytes(file, settings.maxBytes);
    // read in a worker process, under the same time budget and memory cap as `check`
    const text = await normalizedTextInWorker(bytes, file, { ...settings, ...runSettings(options), prestarted: options.prestarted });
    io.stdout.write(`${text}\n`);
    return ExitCode.ok;
  } catch (error) {
    const failed = failedDocument(file, error);
    if (!failed.ok) io.stderr.write(`knebel: ${shownName(file)}: ${failed.error.message} [${failed.error.code}]\n`);
    return ExitCode.inputFailed;
  }
}
