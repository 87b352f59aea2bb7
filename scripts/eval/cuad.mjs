// CUAD v1 (510 US commercial contracts, full text): the renewal term and the notice period to
// terminate renewal that the fact extractor finds, against CUAD's gold answers. This measures
// extraction, not fairness (CUAD is B2B); the rules are not run. The documents the pipeline
// rejects as not a contract are handed on to the NOT_A_CONTRACT counts (not-a-contract.mjs).
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIST, parseCsv } from './files.mjs';
import { pct } from './metrics.mjs';

/** CUAD answer columns that name the document rather than a clause of it. */
const CUAD_NAMING_COLUMNS = /^(?:Document Name|Parties|Agreement Date|Effective Date)\s*-\s*Answer$/i;

/** How many clause types CUAD labels in one row (answers other than empty, "No" or "[]"). */
function labelledClauses(row) {
  return Object.entries(row).filter(([k, v]) => /-\s*Answer$/i.test(k) && !CUAD_NAMING_COLUMNS.test(k) && v && !/^(?:no|\[\])$/i.test(v.trim())).length;
}

const normKey = (s) => s.toLowerCase().normalize('NFD').replace(/[^a-z0-9]/g, '');

/** Score every contract of `dir` (master_clauses.csv, full_contract_txt/, our index.csv). */
export async function evalCuad(pool, dir, opts) {
  const { findDurations } = await import(pathToFileURL(join(DIST, 'facts', 'find-durations.js')).href);
  const { LANGUAGE_PACKS } = await import(pathToFileURL(join(DIST, 'lang', 'index.js')).href);
  const en = LANGUAGE_PACKS.en;
  const master = parseCsv(readFileSync(join(dir, 'master_clauses.csv'), 'utf8'));
  const txtDir = join(dir, 'full_contract_txt');
  const txtByKey = new Map(readdirSync(txtDir).filter((f) => /\.txt$/i.test(f)).map((f) => [normKey(f.replace(/\.txt$/i, '')), f]));
  // index.csv (ours) already resolves the few file names that differ from master_clauses.csv
  const indexPath = join(dir, 'index.csv');
  const indexByName = new Map(existsSync(indexPath) ? parseCsv(readFileSync(indexPath, 'utf8')).map((r) => [r.master_filename, r.txt_path]) : []);
  const header = Object.keys(master[0] ?? {});
  const col = (re) => header.find((h) => re.test(h));
  const renewalCol = col(/^Renewal Term\s*-\s*Answer$/i);
  const noticeCol = col(/^Notice Period To Terminate Renewal\s*-\s*Answer$/i);
  if (!renewalCol || !noticeCol) throw new Error(`master_clauses.csv: answer columns not found (have: ${header.filter((h) => /answer/i.test(h)).slice(0, 6).join(', ')} …)`);

  const unmatched = [];
  const contracts = [];
  for (const row of master) {
    const name = row.Filename;
    let file = indexByName.get(name) ? join(dir, indexByName.get(name)) : null;
    if (!file || !existsSync(file)) {
      const f = txtByKey.get(normKey(name.replace(/\.pdf\s*$/i, '')));
      file = f ? join(txtDir, f) : null;
    }
    if (!file) {
      unmatched.push(name);
      continue;
    }
    contracts.push({ name, file, size: statSync(file).size, renewal: row[renewalCol].trim(), notice: row[noticeCol].trim(), clauses: labelledClauses(row) });
  }

  /** Gold answer → set of ISO durations ("indefinite" for perpetual), or null when unreadable. */
  const parseGold = (answer) => {
    if (!answer) return { empty: true };
    const isos = new Set();
    if (/perpetual|indefinite/i.test(answer)) isos.add('indefinite');
    // annotation artefacts like "60) days" or "(6) months": drop stray brackets
    for (const d of findDurations(answer.replace(/[()[\]]/g, ' '), en)) isos.add(`P${d.value}${d.unit}`);
    // the product parser reads German decimal commas only; "0.5 year" in an answer is read here
    for (const m of answer.matchAll(/\b(\d+\.\d+)\s*(year|month)s?\b/gi)) {
      const months = Number(m[1]) * (/^y/i.test(m[2]) ? 12 : 1);
      if (Number.isInteger(months)) isos.add(months % 12 === 0 ? `P${months / 12}Y` : `P${months}M`);
    }
    return isos.size ? { isos: [...isos] } : { unreadable: true };
  };

  const results = await opts.progress(
    'CUAD',
    pool.all(
      contracts.map((c) => ({ type: 'file', id: c.name, path: c.file, language: 'en', jurisdiction: 'us', size: c.size, factsOnly: true })),
      (t) => t.size,
    ),
  );

  const inDays = (iso) => {
    const m = /^P(\d+(?:\.\d+)?)([DWMY])$/.exec(iso ?? '');
    if (!m) return null;
    const v = Number(m[1]);
    return { D: v, W: 7 * v, M: 30 * v, Y: 360 * v }[m[2]];
  };
  const sameLength = (a, b) => a === b || (inDays(a) !== null && inDays(a) === inDays(b) && (/[MY]$/.test(a) === /[MY]$/.test(b)));

  const score = (field, goldKey) => {
    const s = { contracts: contracts.length, withGold: 0, unreadableGold: 0, exact: 0, equivalent: 0, found: 0, noGoldFound: 0, noGold: 0, errors: {}, failures: 0 };
    contracts.forEach((c, k) => {
      const res = results[k];
      if (res.error) {
        s.failures++;
        return;
      }
      const gold = parseGold(c[goldKey]);
      const pred = res.facts[field];
      if (gold.empty) {
        s.noGold++;
        if (pred) s.noGoldFound++;
        return;
      }
      if (gold.unreadable) {
        s.unreadableGold++;
        return;
      }
      s.withGold++;
      if (pred) s.found++;
      let kind;
      if (gold.isos.includes(pred)) {
        s.exact++;
        s.equivalent++;
        kind = null;
      } else if (pred && gold.isos.some((g) => sameLength(g, pred))) {
        s.equivalent++;
        kind = null;
      } else if (!pred) kind = 'nothing extracted';
      else if (pred === 'indefinite') kind = 'extracted "indefinite", gold a fixed period';
      else if (gold.isos.includes('indefinite')) kind = 'gold perpetual, extracted a fixed period';
      else {
        const g = gold.isos.map(inDays).filter((x) => x !== null);
        const p = inDays(pred);
        kind = g.some((x) => p > x) && !g.some((x) => p < x) ? 'extracted a longer period' : 'extracted a shorter period';
      }
      if (kind) {
        s.errors[kind] = (s.errors[kind] ?? 0) + 1;
        const pair = `${pred ?? 'none'} for ${gold.isos.join('/')}`;
        (s.pairs ??= {})[pair] = (s.pairs[pair] ?? 0) + 1;
        if (opts.verbose) opts.errors.push({ set: 'cuad', lang: 'en', doc: c.name, category: field, kind: pair, rules: [], text: res.evidence?.[field] ?? '(no evidence)' });
      }
    });
    s.exactRate = s.withGold ? s.exact / s.withGold : null;
    s.equivalentRate = s.withGold ? s.equivalent / s.withGold : null;
    s.foundRate = s.withGold ? s.found / s.withGold : null;
    s.noGoldFoundRate = s.noGold ? s.noGoldFound / s.noGold : null;
    s.topPairs = Object.entries(s.pairs ?? {}).sort((a, b) => b[1] - a[1]).slice(0, 10);
    delete s.pairs;
    return s;
  };
  const renewal = score('renewalTerm', 'renewal');
  // CUAD's "Renewal Term" also counts a party's option to renew or extend. Those are no automatic
  // renewals (the product never reports them as one); this separately named figure counts them too.
  for (const res of results) if (res.facts) res.facts.renewalOrOption = res.facts.renewalTerm ?? res.facts.extensionOption;
  const renewalWithOptions = score('renewalOrOption', 'renewal');
  const notice = score('noticePeriod', 'notice');
  // auto-renewal flag: a renewal-term answer means the contract renews or extends
  const withRenewal = contracts.map((c, k) => [c, results[k]]).filter(([c, r]) => !r.error && c.renewal);
  const withoutRenewal = contracts.map((c, k) => [c, results[k]]).filter(([c, r]) => !r.error && !c.renewal);
  const autoRenewal = {
    withRenewalGold: withRenewal.length,
    flaggedTrue: withRenewal.filter(([, r]) => r.facts.autoRenewal === true).length,
    withoutRenewalGold: withoutRenewal.length,
    flaggedTrueWithout: withoutRenewal.filter(([, r]) => r.facts.autoRenewal === true).length,
  };
  return {
    contracts: contracts.length,
    unmatched,
    failures: results.map((r, k) => (r.error ? `${contracts[k].name}: ${r.error}` : null)).filter(Boolean),
    // a NOT_A_CONTRACT rejection is false when CUAD labels a contract clause in the document
    notAContract: contracts
      .filter((c, k) => results[k].error?.startsWith('NOT_A_CONTRACT'))
      .map((c) => ({ name: c.name, labelledClauses: c.clauses })),
    ms: results.reduce((a, r) => a + (r.ms ?? 0), 0),
    renewal,
    renewalWithOptions,
    notice,
    autoRenewal,
  };
}

/** Extraction rates per field, and what the wrong values were. */
export function renderCuad(U, { both, table }) {
  both('== CUAD v1 (510 US commercial contracts, full TXT): renewal term and notice period to terminate renewal ==', '## CUAD v1: renewal term and notice period (EN)');
  both('');
  both('Our `facts.renewalTerm` / `facts.noticePeriod` on the whole contract text vs the gold "-Answer" columns of `master_clauses.csv`, the gold text parsed with our own duration parser ("perpetual" = `indefinite`; several answers = any of them). "Exact" means the same ISO duration; "equivalent" also accepts the same length in another unit (12 months = 1 year, 2 weeks = 14 days). CUAD is B2B: this measures extraction, not fairness. The rules are not run here (the facts are extracted before and independently of them).');
  both('');
  const row = (name, s) => [name, s.withGold, s.unreadableGold, s.found, s.exact, s.equivalent, pct(s.foundRate), pct(s.exactRate), pct(s.equivalentRate), `${s.noGoldFound}/${s.noGold}`];
  const rows = [row('renewal term', U.renewal), ...(U.renewalWithOptions ? [row('renewal term or extension option', U.renewalWithOptions)] : []), row('notice period', U.notice)];
  table(['field', 'with gold', 'gold unreadable', 'found', 'exact', 'equivalent', 'found rate', 'exact rate', 'equivalent rate', 'no gold: found anyway'], rows);
  both('');
  both('"Renewal term or extension option" also counts a period a party may renew or extend for at its option ("option to renew for an additional three years", `facts.extensionOption` of the extractor, not in the report): CUAD\'s Renewal Term answers include such options. They are never automatic renewals and never set `autoRenewal`; the first row counts automatic renewals only.');
  both('');
  for (const [name, s] of [['renewal term', U.renewal], ['notice period', U.notice]]) {
    both(`Errors, ${name}:`, `**Errors, ${name}:**`);
    both('');
    table(['error', 'contracts'], Object.entries(s.errors).sort((a, b) => b[1] - a[1]));
    both('');
    if (s.topPairs.length) {
      both(`Most common wrong values (ours for gold): ${s.topPairs.map(([p, n]) => `${p} ×${n}`).join('; ')}.`);
      both('');
    }
  }
  both(`Auto-renewal flag: true in ${U.autoRenewal.flaggedTrue}/${U.autoRenewal.withRenewalGold} contracts that have a renewal-term answer, and in ${U.autoRenewal.flaggedTrueWithout}/${U.autoRenewal.withoutRenewalGold} without one.`);
  if (U.unmatched.length) both(`Rows without a TXT file: ${U.unmatched.length}.`);
  if (U.failures.length) both(`Contracts that failed to analyse: ${U.failures.length} (${U.failures.slice(0, 5).join('; ')}).`);
  both('');
}

/** Headline rows: exact / equivalent extraction rates. */
export function cuadHeadline(U) {
  const rate = (s) => `${pct(s.exactRate)} / ${pct(s.equivalentRate)} of ${s.withGold}`;
  return [
    ['CUAD renewal term, exact / equivalent', rate(U.renewal), '–'],
    ...(U.renewalWithOptions ? [['CUAD renewal term or extension option (options are no automatic renewals), exact / equivalent', rate(U.renewalWithOptions), '–']] : []),
    ['CUAD notice period to terminate renewal, exact / equivalent', rate(U.notice), '–'],
  ];
}
