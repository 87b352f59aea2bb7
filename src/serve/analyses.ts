import type { ChildProcess } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import type { Locale } from '../i18n/messages.js';
import type { OkDocument } from '../report/schema.js';
import { analyzeAll, prestartWorker, type RunOptions } from '../runner/pool.js';
import type { DocumentWithText, WorkerInput } from '../runner/worker.js';
import type { UploadedFile } from './upload.js';

/**
 * The contracts checked in this session, in memory only: the uploaded bytes (to analyse again in
 * the other language) and each language's analysis. Analyses run in the worker pool under the
 * same time budget and limits as `knebel check`; the oldest contract is forgotten when the store
 * is full.
 */
export interface Analysed {
  doc: OkDocument;
  /** The normalized text (the letter reads the provider's letterhead from it). */
  text: string;
  /** sha256 of the uploaded bytes: the calendar entry's stable id, as `knebel deadline` uses. */
  digest: string;
}

type Outcome = { ok: true; analysed: Analysed } | { ok: false; error: { code: string; message: string } };

/** Reports per page read by OCR, as the page shows them. */
type OnProgress = (progress: { page: number; pages: number }) => void;

interface Entry {
  files: UploadedFile[];
  digest: string;
  byLocale: Map<Locale | 'auto', Promise<Outcome>>;
}

/** Contracts kept at once: enough to go back and forth, small enough for memory (uploads are capped). */
const MAX_KEPT = 8;

export type AnalysisLimits = Omit<RunOptions, 'jobs' | 'onDocument' | 'signal' | 'task' | 'prestarted' | 'onOcrPage' | 'locale' | 'includeClauses'>;

export class Analyses {
  private readonly entries = new Map<string, Entry>();
  private spare: ChildProcess | null = null;
  private running = 0;
  private closed = false;
  /** Stops the running analyses when the server stops (their worker processes end with them). */
  private readonly stopping = new AbortController();
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly limits: AnalysisLimits,
    /** Analyses run at once (the rest wait): the pool's size for one document each. */
    private readonly parallel: number,
  ) {
    // one analysis process loads parsers and rules while the user picks a file
    this.spare = prestartWorker(limits.workerMemoryMb);
  }

  /** Keep an upload; returns its id. */
  add(files: UploadedFile[]): string {
    const id = randomUUID();
    const hash = createHash('sha256');
    for (const f of files) hash.update(f.bytes);
    this.entries.set(id, { files, digest: hash.digest('hex'), byLocale: new Map() });
    for (const old of this.entries.keys()) if (this.entries.size > MAX_KEPT) this.entries.delete(old);
    return id;
  }

  has(id: string): boolean {
    return this.entries.has(id);
  }

  /** The analysis in a language (default: the contract's), computed once per language. */
  analyse(id: string, locale: Locale | undefined, onProgress: OnProgress): Promise<Outcome> {
    const entry = this.entries.get(id);
    if (!entry) return Promise.resolve({ ok: false, error: { code: 'EXPIRED', message: 'not in memory any more' } });
    const cached = entry.byLocale.get(locale ?? 'auto');
    if (cached) return cached;
    const outcome = this.run(entry, locale, onProgress);
    entry.byLocale.set(locale ?? 'auto', outcome);
    // the contract's own language is the same analysis as "auto": do not run it twice
    void outcome.then((o) => {
      if (o.ok && !locale && !entry.byLocale.has(o.analysed.doc.locale)) entry.byLocale.set(o.analysed.doc.locale, outcome);
      if (!o.ok) entry.byLocale.delete(locale ?? 'auto');
    });
    return outcome;
  }

  private async run(entry: Entry, locale: Locale | undefined, onProgress: OnProgress): Promise<Outcome> {
    await this.turn();
    try {
      const source = entry.files.map((f) => f.name).join(' + ');
      const input: WorkerInput =
        entry.files.length === 1 ? { bytes: entry.files[0].bytes, source } : { joinBytes: entry.files.map((f) => ({ name: f.name, bytes: f.bytes })), source };
      const prestarted = this.spare ? [this.spare] : [];
      this.spare = null;
      const [report] = (await analyzeAll([input], {
        ...this.limits,
        jobs: 1,
        task: 'analysis',
        includeClauses: true,
        locale,
        prestarted,
        signal: this.stopping.signal,
        onOcrPage: (_index, page, pages) => onProgress({ page, pages }),
      })) as DocumentWithText[];
      if (!report.ok) return { ok: false, error: report.error };
      const { normalizedText = '', ...doc } = report;
      return { ok: true, analysed: { doc: doc as OkDocument, text: normalizedText, digest: entry.digest } };
    } finally {
      if (!this.closed) this.spare ??= prestartWorker(this.limits.workerMemoryMb);
      this.release();
    }
  }

  /** Wait for a free slot. */
  private turn(): Promise<void> {
    if (this.running < this.parallel) {
      this.running++;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.running--;
  }

  /** Stop the spare analysis process and forget every upload. */
  close(): void {
    this.closed = true;
    this.stopping.abort('the server stopping');
    this.spare?.kill();
    this.spare = null;
    this.entries.clear();
  }
}
