import { fork, type ChildProcess } from 'node:child_process';
import type { Socket } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { AnalyzeOptions } from '../analyze.js';
import { failedDocument } from '../report/build.js';
import { InputError, RulePackError, UsageError } from '../errors.js';
import { capJobs } from './jobs.js';
import { killOnExit } from './signals.js';
import type { DocumentReport } from '../report/schema.js';
import { DEFAULT_MAX_MEMORY_MB, DEFAULT_TIME_BUDGET_SECONDS } from '../model/limits.js';
import { BUILTIN_ONLY, type RuleSelection } from '../settings/selection.js';
import { watchMemory } from './memory.js';
import type { WorkerInput, WorkerTask } from './worker.js';
/**
 * A page read by OCR gets this many time budgets of its own (180 s by default): recognition takes
 * 5–40 s a page on a busy 2-core machine, rendering and engine start-up come on top.
 */
export const OCR_PAGE_BUDGETS = 3;
/** Longest delay a Node timer accepts. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

export interface RunOptions extends Omit<AnalyzeOptions, 'rules' | 'ruleDirs' | 'onOcrPage'> {
  /** A document (by index) starts a page read by OCR: each such page gets a fresh time budget. */
  onOcrPage?: (index: number, page: number, pages: number) => void;
  /** Which rules each analysis process loads (default: the built-in rules). */
  selection?: RuleSelection;
  /** Worker processes; default: the number of cores. */
  jobs?: number;
  /** Wall-clock budget per document; a document over it is stopped and reported as TIME_LIMIT. */
  timeBudgetMs?: number;
  /** Memory cap per worker process (heap and resident size, --max-memory); a document that needs more is reported, the run goes on. */
  workerMemoryMb?: number;
  /** What a worker answers for each document (default: its report). */
  task?: WorkerTask;
  /** Called for each document in input order, as soon as it and all before it are done. */
  onDocument?: (report: DocumentReport, index: number) => void;
  /** false: forget each report once `onDocument` has it (memory stays flat; the promise then resolves with none). */
  keepResults?: boolean;
  /** Stops the batch (SIGINT, SIGTERM): running documents are stopped and reported as INTERRUPTED, no new one starts. */
  signal?: AbortSignal;
  /** Workers from `prestartWorker` (same memory limit) to use before forking new ones. */
  prestarted?: ChildProcess[];
}

const WORKER_PATH = fileURLToPath(new URL('./worker.js', import.meta.url));

function forkWorker(workerMemoryMb: number): ChildProcess {
  // processes, not threads: two processes scaled better than two threads of one process on this
  // class of machine (docs/benchmark.md), at the price of more memory
  const worker = fork(WORKER_PATH, [], {
    execArgv: [`--max-old-space-size=${workerMemoryMb}`],
    serialization: 'advanced', // Uint8Array inputs and reports cross as structured clones
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    // its own process group: Ctrl-C on the terminal reaches only the parent, which stops the batch
    // in order (runner/signals.ts); the worker watches its parent itself (runner/watchdog.ts)
    detached: true,
  });
  killOnExit(worker);
  return worker;
}

/**
 * Start an analysis process now, to be handed to `analyzeAll` later (`prestarted`): it loads the
 * pipeline and the built-in rules while the caller still reads its options and files, which
 * takes most of the start-up off a single-file check.
 */
export function prestartWorker(workerMemoryMb = DEFAULT_MAX_MEMORY_MB): ChildProcess {
  const worker = forkWorker(workerMemoryMb);
  // a prestarted worker that is never used must not keep the caller alive
  worker.unref();
  worker.channel?.unref();
  (worker.stderr as Socket | null)?.unref();
  return worker;
}

interface Slot {
  worker: ChildProcess;
  /** The worker has loaded its rules and can take a document. */
  ready: boolean;
  task?: { id: number; timer: NodeJS.Timeout };
}

/**
 * Analyse many documents on worker processes. Each worker loads parsers and rules once and is
 * reused; a document that exceeds its time budget or memory kills only its worker, which is
 * replaced, so one hostile file can neither hang nor crash a batch. Results come back in input
 * order. Returns the reports of the documents that were started (all, unless aborted).
 */
export async function analyzeAll(inputs: readonly WorkerInput[], options: RunOptions = {}): Promise<DocumentReport[]> {
  const { jobs, timeBudgetMs: requestedBudgetMs = DEFAULT_TIME_BUDGET_SECONDS * 1000, workerMemoryMb = DEFAULT_MAX_MEMORY_MB, onDocument, onOcrPage, keepResults = true, signal, selection = BUILTIN_ONLY, prestarted = [], ...analyzeOptions } = options;
  // timers hold at most 2^31-1 ms (~24.8 days); a longer one would fire at once
  const timeBudgetMs = Math.min(requestedBudgetMs, MAX_TIMER_MS);
  const spare = [...prestarted];
  const discardSpares = () => {
    for (const worker of spare.splice(0)) worker.kill();
  };
  const results: (DocumentReport | undefined)[] = new Array(inputs.length);
  if (inputs.length === 0 || signal?.aborted) {
    discardSpares();
    return [];
  }
  const size = Math.max(1, Math.min(capJobs(jobs).jobs, inputs.length));
  const sourceOf = (input: WorkerInput) =>
    typeof input === 'string' ? input : input instanceof Uint8Array ? '<buffer>' : (input.source ?? '<text>');

  let next = 0;
  let emitted = 0;
  let running = 0;
  let finished = false;
  return new Promise<DocumentReport[]>((resolve, reject) => {
    const slots: Slot[] = [];

    const emit = () => {
      while (emitted < inputs.length && results[emitted]) {
        onDocument?.(results[emitted] as DocumentReport, emitted);
        if (!keepResults) results[emitted] = undefined;
        emitted++;
      }
    };
    const finish = () => {
      if (running > 0) return;
      if (next < inputs.length && !signal?.aborted) return;
      finished = true;
      for (const slot of slots) slot.worker.kill();
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
    const memoryFailure = () => new InputError('TOO_LARGE', `needs more than ${workerMemoryMb} MB of memory to analyse: raise --max-memory or split it`);
    /** A worker that cannot even load the rules within the memory cap fails the run, not every document. */
    const setupFailure = () =>
      selection.dirs.length
        ? new RulePackError([{ file: selection.dirs.join(', '), reason: `loading these rules needs more than ${workerMemoryMb} MB in an analysis process: make the pack smaller or raise --max-memory` }])
        : new UsageError(`an analysis process needs more than ${workerMemoryMb} MB to start: raise --max-memory`);
    /** Give the slot a fresh worker; messages and errors of a replaced worker are ignored. */
    const attach = (slot: Slot) => {
      let worker = spare.shift();
      while (worker && (worker.exitCode !== null || worker.signalCode !== null || !worker.connected)) worker = spare.shift();
      worker ??= forkWorker(workerMemoryMb);
      worker.ref();
      worker.channel?.ref();
      (worker.stderr as Socket | null)?.ref();
      slot.worker = worker;
      slot.ready = false;
      let stderr = '';
      let overMemory = false;
      const stopWatching = watchMemory(worker, workerMemoryMb, () => {
        overMemory = true;
      });
      worker.stderr?.on('data', (chunk: Buffer) => {
        stderr = (stderr + chunk.toString()).slice(-4000);
      });
      worker.on('message', (message: { ready?: boolean; id?: number; report?: DocumentReport; ocrPage?: [number, number] }) => {
        if (slot.worker !== worker) return;
        const task = slot.task;
        if (message.ocrPage && task && task.id === message.id) {
          // the time budget applies per page read by OCR (README "Limits"): start it afresh
          clearTimeout(task.timer);
          task.timer = arm(slot, task.id, Math.min(timeBudgetMs * OCR_PAGE_BUDGETS, MAX_TIMER_MS));
          onOcrPage?.(task.id, ...message.ocrPage);
        } else if (message.ready) {
          slot.ready = true;
          dispatch(slot);
        } else if (message.report && slot.task?.id === message.id) settle(slot, message.report);
      });
      worker.on('exit', (code, exitSignal) => {
        stopWatching();
        if (slot.worker !== worker || finished) return;
        const outOfMemory = overMemory || /heap out of memory|Allocation failed/i.test(stderr);
        if (outOfMemory && !slot.ready && !slot.task) {
          finished = true;
          for (const other of slots) other.worker.kill();
          reject(setupFailure());
          return;
        }
        const error = outOfMemory ? memoryFailure() : new Error(`analysis process ended (${exitSignal ?? `exit code ${code}`}): ${stderr.trim().split('\n').pop() ?? ''}`);
        if (!slot.task) {
          // a worker that dies before taking a document fails the next one instead of hanging the batch
          if (slot.ready || next >= inputs.length || signal?.aborted) return;
          const id = next++;
          running++;
          slot.task = { id, timer: setTimeout(() => undefined, 0) };
        }
        const id = slot.task.id;
        restart(slot);
        settle(slot, failedDocument(sourceOf(inputs[id]), error));
      });
      worker.send({ setup: { selection, options: analyzeOptions } });
    };
    const restart = (slot: Slot) => {
      slot.worker.kill();
      attach(slot);
    };
    const arm = (slot: Slot, id: number, budgetMs = timeBudgetMs) =>
      setTimeout(() => {
        if (slot.task?.id !== id) return;
        restart(slot);
        const what = budgetMs === timeBudgetMs ? 'analysis' : 'reading a page by OCR';
        settle(slot, failedDocument(sourceOf(inputs[id]), new InputError('TIME_LIMIT', `${what} took longer than ${Math.round(budgetMs / 1000)} s and was stopped: raise --time-budget or split the document`)));
      }, budgetMs);
    const dispatch = (slot: Slot) => {
      if (!slot.ready || slot.task || signal?.aborted || next >= inputs.length) return;
      const id = next++;
      running++;
      slot.task = { id, timer: arm(slot, id) };
      const input = inputs[id];
      slot.worker.send({ id, input });
    };

    /** A stop signal: the running documents end now as INTERRUPTED; the ones not started are left out. */
    const interrupt = () => {
      if (finished) return;
      const reason = `stopped by ${String(signal?.reason ?? 'a signal')} before the analysis finished`;
      for (const slot of slots) {
        if (!slot.task) continue;
        clearTimeout(slot.task.timer);
        results[slot.task.id] = failedDocument(sourceOf(inputs[slot.task.id]), new InputError('INTERRUPTED', reason));
        slot.task = undefined;
        running--;
      }
      finish();
    };
    signal?.addEventListener('abort', interrupt, { once: true });
    for (let i = 0; i < size; i++) {
      const slot = {} as Slot;
      attach(slot);
      slots.push(slot);
    }
    discardSpares();
  });
}
