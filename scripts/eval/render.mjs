// The scoreboard's report: a header for the run, a headline table of ours next to the published
// reference points, then each corpus's own tables (its module renders them), as console text and
// as Markdown for docs/evaluation.md.
import { availableParallelism } from 'node:os';
import { agbHeadline, renderAgb, renderAgbRules } from './agb.mjs';
import { CLAUDETTE_CATEGORIES } from './claudette.mjs';
import { claudetteHeadline, renderClaudette, renderClaudetteErrors } from './claudette-report.mjs';
import { cuadHeadline, renderCuad } from './cuad.mjs';
import { lexglueHeadline, renderLexglue } from './lexglue.mjs';
import { renderProfile } from './profile.mjs';
import { realHeadline, renderRealContracts } from './real-contracts.mjs';
import { mdTable, report, textTable } from './tables.mjs';

/** `results`: what each part measured; `meta`: the run (date, commit, rules, timings, load). */
export function render(results, meta) {
  const out = report();
  const { both } = out;
  const covered = new Set(meta.rules.map((r) => r.category));
  const rulesPer = (c) => meta.rules.filter((r) => r.category === c).length;

  const load = `load average ${meta.load.map((l) => l.toFixed(1)).join(' → ')}`;
  both(`knebel evaluation — ${meta.date}, commit ${meta.commit}${meta.dirty ? ` (${meta.dirty})` : ''}, ${meta.rules.length} built-in rules (snapshot ${meta.rulesHash}), ${meta.jobs} worker(s), ${meta.seconds.toFixed(1)} s wall (${load})`,
    `Run **${meta.date}**, commit \`${meta.commit}\`${meta.dirty ? ` (${meta.dirty})` : ''}, ${meta.rules.length} built-in rules (snapshot of \`rules/\` sha256 \`${meta.rulesHash}\`), Node ${process.versions.node}, ${meta.jobs} worker thread(s): **${meta.seconds.toFixed(0)} s** wall time (${load} on ${availableParallelism()} cores; ${Object.entries(meta.timings).map(([k, v]) => `${k} ${v.toFixed(0)} s`).join(', ')}).`);
  both('');
  const allCats = [...new Set(meta.rules.map((r) => r.category))].sort();
  both(`Rules per category: ${allCats.map((c) => `${c} ${rulesPer(c)}`).join(', ') || 'none'}.`);
  const missing = CLAUDETTE_CATEGORIES.filter((c) => !covered.has(c));
  if (missing.length) both(`CLAUDETTE categories without any rule yet (scored, count as F1 0 where gold exists): ${missing.join(', ')}.`);
  both('');
  const headlineAt = out.text.length;

  const { claudette: C, lexglue: X, agb: A, cuad: U, real: R, profile: P } = results;
  const parts = { ...out, covered, rulesPer };
  if (C) renderClaudette(C, parts);
  if (X) renderLexglue(X, parts);
  if (A) renderAgb(A, parts);
  if (R) renderRealContracts(R, parts);
  if (U) renderCuad(U, parts);
  if (C) renderClaudetteErrors(C, parts);
  if (A) renderAgbRules(A, parts);
  if (P) renderProfile(P, parts);
  // headline first (after the corpora: the CLAUDETTE tables compute its macro averages)
  const H = [...(C ? claudetteHeadline(C, covered) : []), ...(X ? lexglueHeadline(X) : []), ...(A ? agbHeadline(A) : []), ...(U ? cuadHeadline(U) : []), ...(R ? realHeadline(R) : [])];
  if (H.length) {
    const hh = ['measure', 'knebel rules', 'published reference'];
    out.text.splice(headlineAt, 0, '== Headline ==', '', textTable(hh, H), '');
    out.md.splice(headlineAt, 0, '## Headline', '', mdTable(hh, H), '');
  }
  return { text: out.text, md: out.md };
}
