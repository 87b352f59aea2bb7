// Rule timing (--profile-rules): each rule alone over a fixed sample of CLAUDETTE documents, on a
// warm worker, so that the expensive rules can be found.
import { claudetteDocuments } from './claudette.mjs';

/** Time the pipeline without rules, then with each rule alone, on the 4 longest documents per language. */
export async function profileRules(pool, claudetteDir, rules) {
  const docs = [...claudetteDocuments(claudetteDir)].map(([id, d]) => ({ id, language: d.lang, units: d.sentences.map((s) => s.text) }));
  // a fixed, name-independent sample: the 4 longest documents per language
  const sample = ['en', 'de'].flatMap((lang) => docs.filter((d) => d.language === lang).sort((a, b) => b.units.join('').length - a.units.join('').length).slice(0, 4));
  // warm every worker up first (JIT), then time the pipeline without rules and with each rule alone
  await Promise.all(pool.workers.map(() => pool.run({ type: 'profile', ruleId: null, docs: sample })));
  const ids = [null, ...rules.map((r) => r.id)];
  const res = [];
  for (const ruleId of ids) res.push(await pool.run({ type: 'profile', ruleId, docs: sample }));
  const base = res[0].ms;
  return { sampleDocs: sample.length, baseMs: base, rules: ids.slice(1).map((id, k) => ({ id, ms: res[k + 1].ms - base })).sort((a, b) => b.ms - a.ms) };
}

/** The 10 most expensive rules. */
export function renderProfile(P, { both, table }) {
  both(`== Rule cost: each rule alone over the ${P.sampleDocs} longest CLAUDETTE documents (pipeline without rules: ${P.baseMs.toFixed(0)} ms) ==`, `## Rule cost\n\nEach rule alone over the ${P.sampleDocs} longest CLAUDETTE documents, one after the other on a warm worker (pipeline without rules: ${P.baseMs.toFixed(0)} ms; differences under ~100 ms are noise on a shared machine), the 10 most expensive:`);
  both('');
  table(['rule', 'extra ms'], P.rules.slice(0, 10).map((r) => [r.id, r.ms.toFixed(0)]));
  both('');
}
