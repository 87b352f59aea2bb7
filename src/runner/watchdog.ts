import { Worker } from 'node:worker_threads';

/**
 * The watch a worker process keeps on its parent. A worker runs in its own process group (a Ctrl-C
 * on the terminal must reach only the parent), so when the parent dies without stopping it (SIGKILL,
 * a crash) nothing else would: it would be re-parented to PID 1 and keep a core busy. The IPC
 * channel's "disconnect" event covers an idle worker; this thread covers one stuck in long
 * synchronous work, where no event of the main thread runs: it sees the parent id change and kills
 * its own process.
 */
const WATCH = `
const { workerData } = require('node:worker_threads');
setInterval(() => {
  if (process.ppid !== workerData.parent) process.kill(process.pid, 'SIGKILL');
}, workerData.everyMs);
`;

/** How often the parent is looked for: a lost worker burns at most this long. */
export const PARENT_CHECK_MS = 500;

export function watchParent(): void {
  const watcher = new Worker(WATCH, { eval: true, workerData: { parent: process.ppid, everyMs: PARENT_CHECK_MS }, resourceLimits: { maxOldGenerationSizeMb: 8 } });
  watcher.unref(); // never keeps the worker alive by itself
}
