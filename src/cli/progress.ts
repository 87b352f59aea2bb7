/** Streams the progress bar may draw on. */
export interface ProgressStream {
  write(chunk: string): boolean;
  isTTY?: boolean;
  columns?: number;
}

export interface Progress {
  /** Call before analysing file `index` (0-based); `total` marks the end. */
  update(index: number, source: string): void;
  /** A document's page is being read by OCR (shown on a terminal whatever the batch size: OCR is slow). */
  ocrPage(source: string, page: number, pages: number): void;
  /** Print a line (an error) above the bar. */
  log(line: string): void;
  done(): void;
}

/** Draw a bar only on a terminal and only for batches larger than this. */
export const PROGRESS_MIN_FILES = 6;

/**
 * A one-line progress bar on standard error, redrawn in place with "\r". Silent unless standard
 * error is a terminal and more than a handful of files are analysed: CI logs and pipes never see it.
 */
export function createProgress(stream: ProgressStream, total: number, env: NodeJS.ProcessEnv = process.env): Progress {
  const enabled = Boolean(stream.isTTY) && total >= PROGRESS_MIN_FILES && env.TERM !== 'dumb';
  let drawn = false;
  const clear = () => {
    if (drawn) stream.write('\r\u001b[2K');
    drawn = false;
  };
  return {
    update(index, source) {
      if (!enabled) return;
      const width = Math.max(40, Math.min(stream.columns ?? 80, 120));
      const counter = `${Math.min(index + 1, total)}/${total}`;
      const barWidth = 20;
      const filled = Math.round((Math.min(index, total) / total) * barWidth);
      const bar = `[${'#'.repeat(filled)}${'-'.repeat(barWidth - filled)}]`;
      const room = width - bar.length - counter.length - 4;
      const name = source.length > room ? `…${source.slice(source.length - room + 1)}` : source;
      clear();
      stream.write(`${bar} ${counter} ${name}`);
      drawn = true;
    },
    ocrPage(source, page, pages) {
      if (!stream.isTTY || env.TERM === 'dumb') return;
      const width = Math.max(40, Math.min(stream.columns ?? 80, 120));
      const status = `OCR page ${page}/${pages} `;
      const room = width - status.length - 1;
      clear();
      stream.write(`${status}${source.length > room ? `…${source.slice(source.length - room + 1)}` : source}`);
      drawn = true;
    },
    log(line) {
      clear();
      stream.write(line.endsWith('\n') ? line : `${line}\n`);
    },
    done() {
      clear();
    },
  };
}
