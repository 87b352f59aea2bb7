// A worker thread of the scoreboard (started by pool.mjs, never run alone): loads the compiled
// library once and analyses whatever the main thread sends: a list of units (sentences or
// clauses, one "page" each), a file (for its facts), or a rule-timing sample.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { DIST } from './files.mjs';

/** A Duration of the extractor as an ISO string (the report's form). */
const isoOf = (d) => (d ? `P${d.value}${d.unit}` : null);

async function runWorker() {
  const { analyzePages, analyzeBytes } = await import(pathToFileURL(join(DIST, 'analyze.js')).href);
  const { parseRuleFile } = await import(pathToFileURL(join(DIST, 'rules', 'load.js')).href);
  // every worker parses the same snapshot of rules/ that the main thread validated, so a rule file
  // edited during a run cannot give two workers different catalogs
  const rules = workerData.ruleFiles.map((f) => parseRuleFile(f.path, f.text, 'builtin').rule).filter((r) => r && workerData.ruleIds.includes(r.id));
  const verbose = workerData.verbose;

  /** Findings with the 0-based page ("unit": sentence or clause) range their evidence covers. */
  const findingsOf = (analysis) =>
    analysis.report.findings.map((f) => {
      const first = analysis.normalized.pageAt(f.evidence.start) - 1;
      const last = analysis.normalized.pageAt(Math.max(f.evidence.start, f.evidence.end - 1)) - 1;
      return {
        ruleId: f.ruleId,
        category: f.category,
        severity: f.severity,
        first,
        last,
        ...(verbose ? { match: f.evidence.match.text } : {}),
      };
    });

  parentPort.on('message', async (task) => {
    const started = performance.now();
    try {
      if (task.type === 'units') {
        // One "page" per sentence/clause: the normalizer keeps the origin of every character,
        // so pageAt() maps evidence offsets back to the unit exactly. The trailing blank line
        // keeps every unit its own paragraph. Plain text, no format sniffing.
        const pages = task.units.map((u) => `${u}\n`);
        const ruleSet = task.ruleIds ? rules.filter((r) => task.ruleIds.includes(r.id)) : rules;
        const analysis = analyzePages({ format: 'txt', pages, warnings: [] }, task.id, ruleSet, { language: task.language, jurisdiction: task.jurisdiction, forceContract: true, model: false });
        parentPort.postMessage({ key: task.key, findings: findingsOf(analysis), ms: performance.now() - started });
      } else if (task.type === 'file') {
        const bytes = readFileSync(task.path);
        // facts are extracted before and independently of the rules: skip the rules (CUAD is big)
        const analysis = await analyzeBytes(bytes, task.id, { language: task.language, jurisdiction: task.jurisdiction, rules: task.factsOnly ? [] : rules, model: false });
        const { facts } = analysis.report;
        parentPort.postMessage({
          key: task.key,
          facts: { renewalTerm: facts.renewalTerm, noticePeriod: facts.noticePeriod, autoRenewal: facts.autoRenewal, minimumTerm: facts.minimumTerm, extensionOption: isoOf(analysis.facts.extensionOption) },
          ...(verbose ? { evidence: { renewalTerm: facts.evidence.renewalTerm?.text, noticePeriod: facts.evidence.noticePeriod?.text } } : {}),
          ms: performance.now() - started,
        });
      } else if (task.type === 'profile') {
        // time one rule (or none) over a fixed set of documents
        const ruleSet = task.ruleId === null ? [] : rules.filter((r) => r.id === task.ruleId);
        for (const doc of task.docs) {
          analyzePages({ format: 'txt', pages: doc.units.map((u) => `${u}\n`), warnings: [] }, doc.id, ruleSet, { language: doc.language, jurisdiction: 'eu', model: false, forceContract: true });
        }
        parentPort.postMessage({ key: task.key, ms: performance.now() - started });
      }
    } catch (error) {
      parentPort.postMessage({ key: task.key, error: `${error?.code ? `${error.code}: ` : ''}${String(error?.message ?? error).split('\n')[0]}`, ms: performance.now() - started });
    }
  });
  parentPort.postMessage({ ready: true });
}

if (!isMainThread) {
  runWorker().catch((error) => {
    // surface rule-pack problems to the main thread's error handler
    const e = new Error(error.message);
    throw Object.assign(e, { problems: error.problems });
  });
}
