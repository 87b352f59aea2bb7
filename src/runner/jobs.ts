import { availableParallelism, freemem } from 'node:os';

/**
 * Memory one analysis process takes on an ordinary contract (measured: 48 processes took 3.2 GB,
 * ~67 MB each; large documents take more): more processes than free memory holds at this size
 * would only swap.
 */
export const MEMORY_PER_WORKER_MB = 150;

/**
 * How many worker processes to start: the request (default: one per core), never more than the
 * cores (more processes than cores only compete for them) nor than free memory holds.
 * `note` says why a request was lowered.
 */
export function capJobs(requested?: number, cores = availableParallelism(), freeBytes = freemem()): { jobs: number; note?: string } {
  const byMemory = Math.max(1, Math.floor(freeBytes / (MEMORY_PER_WORKER_MB * 1024 * 1024)));
  const cap = Math.max(1, Math.min(cores, byMemory));
  const wanted = requested ?? cores;
  if (wanted <= cap) return { jobs: wanted };
  const reason = cap === cores ? `${cores} cores` : `${Math.round(freeBytes / 1024 / 1024)} MB of free memory`;
  return { jobs: cap, ...(requested !== undefined ? { note: `--jobs ${requested} lowered to ${cap} (${reason})` } : {}) };
}
