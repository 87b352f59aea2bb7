import { analyzeDocument, type AnalyzeInput, type AnalyzeOptions } from '../analyze.js';
import { scanWords } from '../prefilter/scan.js';
import { loadBuiltinRules, loadRules, type Rule } from '../rules/load.js';
import { watchParent } from './watchdog.js';

/**
 * One analysis process (forked by the pool): receives its settings first, loads the rules once,
 * then analyses one document per message.
 */
export type WorkerMessage =
  | { setup: { ruleDirs: string[]; disabledRules: string[]; options: AnalyzeOptions } }
  | { id: number; input: AnalyzeInput };

let rules: Rule[] = [];
let options: AnalyzeOptions = {};

watchParent();

// warm up before the settings arrive (a prestarted worker waits for them while the CLI reads its
// options): the built-in rules, and the literal scanner they share with the language packs
loadBuiltinRules();
scanWords();

process.on('message', async (message: WorkerMessage) => {
  if ('setup' in message) {
    const off = new Set(message.setup.disabledRules);
    rules = loadRules(message.setup.ruleDirs).filter((rule) => !off.has(rule.id));
    options = message.setup.options;
    // loading parsers and rules is the worker's own start-up, not part of any document's time budget
    process.send?.({ ready: true });
    return;
  }
  const id = message.id;
  const onOcrPage = (page: number, pages: number) => process.send?.({ id, ocrPage: [page, pages] });
  const report = await analyzeDocument(message.input, { ...options, rules, onOcrPage });
  process.send?.({ id: message.id, report });
});

// the parent going away (Ctrl-C twice, a crash) ends the worker too
process.on('disconnect', () => process.exit(0));
