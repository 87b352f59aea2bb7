import { parentPort, workerData } from 'node:worker_threads';
import { analyzeDocument, type AnalyzeInput, type AnalyzeOptions } from '../analyze.js';
import { loadRules } from '../rules/load.js';

/** One analysis worker: loads the rules once, then analyses one document per message. */
export interface WorkerTask {
  id: number;
  input: AnalyzeInput;
}

const { ruleDirs, options } = workerData as { ruleDirs: string[]; options: AnalyzeOptions };
const rules = loadRules(ruleDirs);

parentPort?.on('message', async (task: WorkerTask) => {
  const report = await analyzeDocument(task.input, { ...options, rules });
  parentPort?.postMessage({ id: task.id, report });
});
