import { STREAMING, render, type FormatName, type RenderOptions } from '../format/index.js';
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
 * is analysed; the others are rendered at the end: JSON document by document into the sink, the
 * rest as one text, with a clear message instead of a crash when that text would be too long.
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
      else if (output.format === 'json') for (const piece of jsonPieces(report)) sink.write(piece);
      else sink.write(renderWhole(output.format, report, this.options(output)));
      sink.close();
    }
  }

  /** Give up every output not yet finished: no temporary file stays, no half file replaces a good one. */
  abort(): void {
    for (const sink of this.sinks.values()) sink.abort();
  }
}

function renderWhole(format: FormatName, report: Report, options: RenderOptions): string {
  try {
    return render(format, report, options);
  } catch (error) {
    if (error instanceof RangeError) {
      throw new OutputError(
        `the ${format} report of ${report.documents.length} documents is too large to build in memory: use --format jsonl (streamed), or split the batch with --shard`,
      );
    }
    throw error;
  }
}

/**
 * The JSON report in pieces, byte for byte what `formatJson` prints, without ever holding the
 * whole text: a batch of large contracts can exceed the longest string the runtime allows.
 */
export function* jsonPieces(report: Report): Generator<string> {
  const marker = '"documents": []';
  const shell = JSON.stringify({ ...report, documents: [] }, null, 2);
  const at = shell.indexOf(marker);
  if (report.documents.length === 0) {
    yield `${shell}\n`;
    return;
  }
  yield `${shell.slice(0, at)}"documents": [\n`;
  for (const [i, doc] of report.documents.entries()) {
    yield `    ${JSON.stringify(doc, null, 2).replaceAll('\n', '\n    ')}${i < report.documents.length - 1 ? ',' : ''}\n`;
  }
  yield `  ]${shell.slice(at + marker.length)}\n`;
}
