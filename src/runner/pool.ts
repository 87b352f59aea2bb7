import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { failedDocument, type AnalyzeInput, type AnalyzeOptions } from '../analyze.js';
import { InputError } from '../errors.js';
import type { DocumentReport } from '../report/schema.js';

/** Documented defaults (README "Limits"). */
export const DEFAULT_TIME_BUDGET_MS = 60_000;
export const DEFAULT_WORKER_MEMORY_MB = 2048;

export interface RunOptions extends Omit<AnalyzeOptions, 'rules'> {
  /** Rule ids not to run. */
  disabledRules?: string[];
  /** Worker threads; default: the number of cores. */
  jobs?: number;
  /** Wall-clock budget per document; a document over it is stopped and reported as TIME_LIMIT. */
  timeBudgetMs?: number;
  /** Heap limit per worker; a document that needs more is reported, the run goes on. */
  workerMemoryMb?: number;
  /** Called for each document in input order, as soon as it and all before it are done. */
  onDocument?: (report: DocumentReport, index: number) => void;
  /** Stops handing out new documents (e.g. on SIGINT); documents already running finish. */
  signal?: AbortSignal;
}

interface Slot {
  worker: Worker;
  /** The worker has loaded its rules and can take a document. */
  ready: boolean;
  task?: { id: number; timer: NodeJS.Timeout };
}

/**
 * Analyse many documents on worker threads. Each worker loads parsers and rules once and is
 * reused; a document that exceeds its time budget or memory kills only its worker, which is
 * replaced, so one hostile file can neither hang nor crash a batch. Results come back in input
 * order. Returns the reports of the documents that were started (all, unless aborted).
 */
export async function analyzeAll(inputs: readonly AnalyzeInput[], options: RunOptions = {}): Promise<DocumentReport[]> {
  const { jobs, timeBudgetMs = DEFAULT_TIME_BUDGET_MS, workerMemoryMb = DEFAULT_WORKER_MEMORY_MB, onDocument, signal, ruleDirs = [], disabledRules = [], ...analyzeOptions } = options;
  const results: (DocumentReport | undefined)[] = new Array(inputs.length);
  if (inputs.length === 0) return [];
  const size = Math.max(1, Math.min(jobs ?? availableParallelism(), inputs.length));
  const workerUrl = new URL('./worker.js', import.meta.url);
  const sourceOf = (input: AnalyzeInput) =>
    typeof input === 'string' ? input : input instanceof Uint8Array ? '<buffer>' : (input.source ?? '<text>');

  let next = 0;
  let emitted = 0;
  let running = 0;
  return new Promise<DocumentReport[]>((resolve) => {
    const slots: Slot[] = [];

    const emit = () => {
      while (emitted < inputs.length && results[emitted]) {
        onDocument?.(results[emitted] as DocumentReport, emitted);
        emitted++;
      }
    };
    const finish = () => {
      if (running > 0) return;
      if (next < inputs.length && !signal?.aborted) return;
      for (const slot of slots) void slot.worker.terminate();
      emit();
      resolve(results.slice(0, emitted).filter((r): r is DocumentReport => Boolean(r)));
    };
    const settle = (slot: Slot, report: DocumentReport) => {
      const task = slot.task;
      if (!task) return;
      clearTimeout(task.timer);
      slot.task = undefined;
      results[task.id] = report;
      running--;
      emit();
      dispatch(slot);
      finish();
    };
    const memoryFailure = () => new InputError('TOO_LARGE', `needs more than ${workerMemoryMb} MB of memory to analyse: split it or raise --worker-memory`);
    /** Give the slot a fresh worker; messages and errors of a replaced worker are ignored. */
    const attach = (slot: Slot) => {
      const worker = new Worker(workerUrl, {
        workerData: { ruleDirs, disabledRules, options: analyzeOptions },
        resourceLimits: { maxOldGenerationSizeMb: workerMemoryMb },
        stdout: false,
        stderr: false,
      });
      slot.worker = worker;
      slot.ready = false;
      worker.on('message', (message: { ready?: boolean; id?: number; report?: DocumentReport }) => {
        if (slot.worker !== worker) return;
        if (message.ready) {
          slot.ready = true;
          dispatch(slot);
        } else if (message.report && slot.task?.id === message.id) settle(slot, message.report);
      });
      worker.on('error', (error: Error & { code?: string }) => {
        if (slot.worker !== worker) return;
        if (!slot.task) {
          // a worker that cannot even start (e.g. a broken rule pack) fails the next document instead of hanging
          if (next < inputs.length && !signal?.aborted) {
            const id = next++;
            running++;
            slot.task = { id, timer: setTimeout(() => undefined, 0) };
            restart(slot);
            settle(slot, failedDocument(sourceOf(inputs[id]), error));
          }
          return;
        }
        const id = slot.task.id;
        restart(slot);
        settle(slot, failedDocument(sourceOf(inputs[id]), error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? memoryFailure() : error));
      });
    };
    const restart = (slot: Slot) => {
      void slot.worker.terminate();
      attach(slot);
    };
    const dispatch = (slot: Slot) => {
      if (!slot.ready || slot.task || signal?.aborted || next >= inputs.length) return;
      const id = next++;
      running++;
      const timer = setTimeout(() => {
        if (slot.task?.id !== id) return;
        restart(slot);
        settle(slot, failedDocument(sourceOf(inputs[id]), new InputError('TIME_LIMIT', `analysis took longer than ${Math.round(timeBudgetMs / 1000)} s and was stopped: raise --time-budget or split the document`)));
      }, timeBudgetMs);
      slot.task = { id, timer };
      const input = inputs[id];
      slot.worker.postMessage({ id, input });
    };

    signal?.addEventListener('abort', finish, { once: true });
    for (let i = 0; i < size; i++) {
      const slot = {} as Slot;
      attach(slot);
      slots.push(slot);
    }
  });
}
