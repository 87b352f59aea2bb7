import { parentPort, workerData } from 'node:worker_threads';
import { analyzeDocument, type AnalyzeInput, type AnalyzeOptions } from '../analyze.js';
import { loadRules } from '../rules/load.js';

/** One analysis worker: loads the rules once, then analyses one document per message. */
export interface WorkerTask {
  id: number;
  input: AnalyzeInput;
}

const { ruleDirs, disabledRules, options } = workerData as { ruleDirs: string[]; disabledRules: string[]; options: AnalyzeOptions };
const off = new Set(disabledRules);
const rules = loadRules(ruleDirs).filter((rule) => !off.has(rule.id));

// loading parsers and rules is the worker's own start-up, not part of any document's time budget
parentPort?.postMessage({ ready: true });

parentPort?.on('message', async (task: WorkerTask) => {
  const report = await analyzeDocument(task.input, { ...options, rules });
  parentPort?.postMessage({ id: task.id, report });
});
