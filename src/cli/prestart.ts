import type { ChildProcess } from 'node:child_process';

/** Start the analysis process now, while the command loads and reads its file (as `check` does). */
export async function prestart(maxMemory: number): Promise<ChildProcess[]> {
  const { prestartWorker } = await import('../runner/pool.js');
  return [prestartWorker(maxMemory)];
}
