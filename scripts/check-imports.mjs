#!/usr/bin/env node
// The import graph of src/ (issue 14): no cycle between modules, and no arrow from format/ (the
// formatters, which only render) to an analysis stage. Type-only imports count too: they tie the
// modules' meaning together even when the compiler erases them. Run by test/imports.test.ts.
//
//   node scripts/check-imports.mjs        prints the problems, exit 1 when there are any

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'src');
/** Folders whose work is analysis: the formatters may not import them. */
export const ANALYSIS_STAGES = ['ingest', 'text', 'lang', 'facts', 'context', 'prefilter', 'rules', 'classifier', 'score', 'ocr', 'deadline', 'runner', 'settings', 'policy'];

function sources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
}

/** Module (path relative to src, without .ts) → the modules it imports or re-exports from, static and dynamic. */
export function importGraph() {
  const graph = new Map();
  const spec = /(?:^|\n)\s*(?:import|export)\b[^'";]*?from\s*['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;
  for (const file of sources(SRC)) {
    const text = readFileSync(file, 'utf8');
    const from = path.relative(SRC, file).replace(/\.ts$/, '');
    const to = new Set();
    for (const m of text.matchAll(spec)) {
      const target = path.relative(SRC, path.resolve(path.dirname(file), m[1] ?? m[2])).replace(/\.js$/, '');
      to.add(target);
    }
    graph.set(from, [...to]);
  }
  return graph;
}

/** Each cycle once, as the list of modules around it (Tarjan's strongly connected components). */
export function cycles(graph) {
  let index = 0;
  const stack = [];
  const info = new Map();
  const found = [];
  const visit = (v) => {
    info.set(v, { index, low: index, onStack: true });
    index++;
    stack.push(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!info.has(w)) {
        visit(w);
        info.get(v).low = Math.min(info.get(v).low, info.get(w).low);
      } else if (info.get(w).onStack) info.get(v).low = Math.min(info.get(v).low, info.get(w).index);
    }
    if (info.get(v).low === info.get(v).index) {
      const component = [];
      let w;
      do {
        w = stack.pop();
        info.get(w).onStack = false;
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!info.has(v)) visit(v);
  return found;
}

/** Imports from format/ into an analysis stage. */
export function formatArrows(graph) {
  const out = [];
  for (const [from, targets] of graph) {
    if (!from.startsWith('format/')) continue;
    for (const to of targets) if (ANALYSIS_STAGES.includes(to.split('/')[0])) out.push(`${from} -> ${to}`);
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const graph = importGraph();
  const problems = [...cycles(graph).map((c) => `cycle: ${c.join(' <-> ')}`), ...formatArrows(graph).map((a) => `format/ imports an analysis stage: ${a}`)];
  for (const p of problems) console.log(p);
  console.log(`${graph.size} modules, ${problems.length} problems`);
  process.exit(problems.length ? 1 : 0);
}
