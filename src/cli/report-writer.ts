import { PIECES, STREAMING, render, type FormatName, type RenderOptions } from '../format/index.js';
import type { DocumentReport, Report } from '../report/schema.js';
import type { CliIO } from './context.js';
import { OutputError, openSink, type OutputTarget, type Sink } from './output.js';

/** One report output of `knebel check`: the main one (-o or standard output) or a --write. */
export interface ReportOutput {
  format: FormatName;
  target: OutputTarget;
}

/**
 * Writes the report to every output. Streaming formats (jsonl, compact) get each document as it
 * is analysed; the others are rendered at the end, JSON and HTML document by document into the
 * sink, with a clear message instead of a crash when a text would be too long.
 */
export class ReportWriter {
  private readonly sinks = new Map<ReportOutput, Sink>();

  constructor(
    private readonly outputs: readonly ReportOutput[],
    private readonly io: Pick<CliIO, 'stdout' | 'stderr'>,
    private readonly options: (output: ReportOutput) => RenderOptions,
  ) {}

  /** Does any output need the whole report at the end (so the documents must be kept)? */
  get keepsDocuments(): boolean {
    return this.outputs.some((o) => !STREAMING[o.format]);
  }

  private sink(output: ReportOutput): Sink {
    let sink = this.sinks.get(output);
    if (!sink) {
      // opened at first use: a FIFO's reader is not waited for before there is something to say
      sink = openSink(output.target, this.io);
      this.sinks.set(output, sink);
    }
    return sink;
  }

  /** A finished document (already through the policy stage and the display filter). */
  document(doc: DocumentReport): void {
    for (const output of this.outputs) {
      const streaming = STREAMING[output.format];
      if (streaming) this.sink(output).write(streaming.document(doc));
    }
  }

  /** The end of the batch: `report.documents` holds every document when `keepsDocuments`, else none. */
  finish(report: Report): void {
    for (const output of this.outputs) {
      const sink = this.sink(output);
      const streaming = STREAMING[output.format];
      if (streaming) sink.write(streaming.end(report));
      else for (const piece of renderPieces(output.format, report, this.options(output))) sink.write(piece);
      sink.close();
    }
  }

  /** Give up every output not yet finished: no temporary file stays, no half file replaces a good one. */
  abort(): void {
    for (const sink of this.sinks.values()) sink.abort();
  }
}

/** JSON and HTML document by document; the other formats (whose size grows with the findings, not the text) in one piece. */
function* renderPieces(format: FormatName, report: Report, options: RenderOptions): Generator<string> {
  try {
    const pieces = PIECES[format];
    if (pieces) yield* pieces(report, options);
    else yield render(format, report, options);
  } catch (error) {
    if (error instanceof RangeError) {
      throw new OutputError(
        `the ${format} report of ${report.documents.length} documents is too large to build in memory: use --format jsonl (streamed), or split the batch with --shard`,
      );
    }
    throw error;
  }
}
