import { readFileSync } from 'node:fs';
import type { ChildProcess } from 'node:child_process';

/**
 * How often the resident size is read. Inflating runs at a few hundred MB/s, so a worker can
 * overshoot the cap by some tens of MB before it is stopped.
 */
const POLL_MS = 50;

/** Resident and peak resident size of a process in MB, from /proc (Linux); undefined elsewhere or once it has gone. */
export function residentMb(pid: number): { rss: number; peak: number } | undefined {
  let status: string;
  try {
    status = readFileSync(`/proc/${pid}/status`, 'latin1');
  } catch {
    return undefined;
  }
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s*(\\d+)\\s*kB`, 'm').exec(status)?.[1] ?? 0);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

/**
 * Watch a worker's whole-process memory (not only the JS heap, which --max-old-space-size caps)
 * and kill it at once when it passes `limitMb`. Returns a function that stops watching.
 * Where /proc is missing (macOS, Windows) only the heap limit and the time budget apply.
 */
export function watchMemory(child: ChildProcess, limitMb: number, onOver: (rssMb: number) => void): () => void {
  const pid = child.pid;
  if (pid === undefined || residentMb(pid) === undefined) return () => undefined;
  const timer = setInterval(() => {
    const usage = residentMb(pid);
    if (!usage) return stop();
    if (usage.rss > limitMb) {
      stop();
      child.kill('SIGKILL');
      onOver(usage.rss);
    }
  }, POLL_MS);
  timer.unref();
  function stop() {
    clearInterval(timer);
  }
  return stop;
}
