import type { ChildProcess } from 'node:child_process';
import { ExitCode } from '../errors.js';

/**
 * Signals that stop a batch, and the exit code of each (128 + the signal number, as shells
 * report a process killed by it).
 */
export const STOP_SIGNALS = {
  SIGINT: ExitCode.interrupted,
  SIGTERM: ExitCode.terminated,
  SIGHUP: ExitCode.hangup,
} as const;
export type StopSignal = keyof typeof STOP_SIGNALS;

export interface Interruption {
  /** Aborted at the first signal; `signal.reason` is the signal's name. */
  signal: AbortSignal;
  /** The first signal received, if any. */
  received(): StopSignal | undefined;
  /** Stop listening (the command is done). */
  dispose(): void;
}

/**
 * Listen for SIGINT, SIGTERM and SIGHUP: the first aborts `signal` (the batch stops and reports
 * what it has), a second one exits at once with that signal's code. The worker processes run in
 * their own process group, so a Ctrl-C on the terminal reaches only this process, which then
 * stops them itself.
 */
export function watchStopSignals(onFirst: (name: StopSignal) => void): Interruption {
  const controller = new AbortController();
  let first: StopSignal | undefined;
  const handler = (name: NodeJS.Signals) => {
    const signal = name as StopSignal;
    if (first) process.exit(STOP_SIGNALS[signal]); // the exit hook below stops the workers
    first = signal;
    onFirst(signal);
    controller.abort(signal);
  };
  for (const name of Object.keys(STOP_SIGNALS)) process.on(name, handler);
  return {
    signal: controller.signal,
    received: () => first,
    dispose() {
      for (const name of Object.keys(STOP_SIGNALS)) process.off(name, handler);
    },
  };
}

/** Worker processes still alive: killed when this process exits for any reason. */
const children = new Set<ChildProcess>();
let exitHookInstalled = false;

/** Make sure `child` does not outlive this process (it runs in its own process group, so no signal to ours reaches it). */
export function killOnExit(child: ChildProcess): void {
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.on('exit', () => {
      for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
    });
  }
  children.add(child);
  child.once('exit', () => children.delete(child));
}
