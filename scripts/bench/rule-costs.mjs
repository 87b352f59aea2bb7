// Diagnostic for the rules stage: what each built-in pattern costs on one document.
//   node scripts/bench/rule-costs.mjs FILE [top]        (after npm run build)
//
// Runs every pattern of the document's language over every sentence, the way
// src/rules/evaluate.ts does for `patterns` (and `all`/`unless`, which the evaluator only runs on
// sentences that matched; here on all, an upper bound), and `unlessDocument` over the whole text.
// Pass 1 is the first use in this process (V8 compiles a RegExp lazily on its first exec, once for
// one-byte and once for two-byte strings); pass 2 is the steady state. pass 1 − pass 2 ≈ compile.
// Uses internal modules of dist/: a diagnostic, not an API.

import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

export async function ruleCosts(file, top = 10, dist = fileURLToPath(new URL('../../dist/', import.meta.url))) {
  const DIST = pathToFileURL(`${dist.replace(/\/$/, '')}/`);
  const { ingest } = await import(new URL('ingest/index.js', DIST));
  const { normalize } = await import(new URL('text/normalize.js', DIST));
  const { segment } = await import(new URL('text/segment.js', DIST));
  const { detectLanguage } = await import(new URL('text/language.js', DIST));
  const { loadRules } = await import(new URL('rules/load.js', DIST));
  const rules = loadRules();
  const ingested = await ingest(readFileSync(file), {});
  const normalized = normalize(ingested.pages);
  const lang = detectLanguage(normalized.text).language;
  const sentences = segment(normalized).flatMap((c) => c.sentences.map((s) => s.text));
  const entries = rules.flatMap((rule) =>
    ['patterns', 'all', 'unless', 'unlessDocument'].flatMap((kind) => (rule.compiled[kind][lang] ?? []).map((pattern, index) => ({ rule: rule.id, kind, index, pattern, passes: [] }))),
  );
  for (let pass = 0; pass < 2; pass++) {
    for (const e of entries) {
      const start = performance.now();
      if (e.kind === 'unlessDocument') e.pattern.test(normalized.text);
      else for (const s of sentences) e.pattern.exec(s);
      e.passes.push(performance.now() - start);
    }
  }
  const total = (i) => entries.reduce((n, e) => n + e.passes[i], 0);
  const rows = entries
    .map((e) => ({ rule: e.rule, kind: e.kind, index: e.index, steadyMs: e.passes[1], firstUseMs: e.passes[0], source: e.pattern.source }))
    .sort((a, b) => b.steadyMs - a.steadyMs);
  return {
    file,
    language: lang,
    chars: normalized.text.length,
    sentences: sentences.length,
    patterns: entries.length,
    firstUseMs: total(0),
    steadyMs: total(1),
    top: rows.slice(0, top),
    topFirstUse: [...rows].sort((a, b) => b.firstUseMs - b.steadyMs - (a.firstUseMs - a.steadyMs)).slice(0, top),
  };
}

export function formatRuleCosts(r) {
  const line = (x, v) => `  ${v.toFixed(1).padStart(8)} ms  ${x.rule} ${x.kind}[${x.index}]  ${x.source.length > 110 ? `${x.source.slice(0, 107)}...` : x.source}`;
  return [
    `${r.file}: ${r.language}, ${r.chars} chars, ${r.sentences} sentences, ${r.patterns} patterns`,
    `  all patterns: first use ${r.firstUseMs.toFixed(0)} ms, steady state ${r.steadyMs.toFixed(0)} ms (first use − steady ≈ RegExp compilation)`,
    ' most expensive patterns, steady state:',
    ...r.top.map((x) => line(x, x.steadyMs)),
    ' most expensive first use (compilation):',
    ...r.topFirstUse.map((x) => line(x, x.firstUseMs - x.steadyMs)),
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [file, top] = process.argv.slice(2);
  if (!file) {
    console.error('usage: node scripts/bench/rule-costs.mjs FILE [top]');
    process.exit(2);
  }
  console.log(formatRuleCosts(await ruleCosts(file, Number(top) || 10)));
}
