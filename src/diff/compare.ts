import type { Locale } from '../i18n/messages.js';
import { atLeast } from '../policy/evaluate.js';
import type { Clause, Finding, OkDocument } from '../report/schema.js';
import { compareSeverity, type Severity } from '../model/vocabulary.js';
import { version } from '../version.js';
import { lcsPairs } from './lcs.js';
import type { ClauseChange, DiffReason, DiffReport, FindingChange } from './schema.js';
import { wordDiff } from './words.js';

const squash = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

/** Dice coefficient over word sets: 1 for the same words, 0 for none in common. */
export function similarity(a: string, b: string): number {
  const words = (s: string) => new Set(squash(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean));
  const x = words(a);
  const y = words(b);
  if (x.size === 0 && y.size === 0) return 1;
  let common = 0;
  for (const w of x) if (y.has(w)) common++;
  return (2 * common) / (x.size + y.size);
}

const side = (c: Clause) => ({ section: c.section, page: c.page, text: c.text });

/**
 * Align the clauses of two versions: equal clauses (same text, spacing and case ignored) anchor a
 * longest common subsequence; between anchors, clauses with the same section number or similar
 * wording are paired as changed, the rest are added or removed.
 */
export function diffClauses(oldClauses: readonly Clause[], newClauses: readonly Clause[]): ClauseChange[] {
  const a = oldClauses.filter((c) => c.text.trim());
  const b = newClauses.filter((c) => c.text.trim());
  const anchors = lcsPairs(a.map((c) => squash(c.text)), b.map((c) => squash(c.text)));
  const out: ClauseChange[] = [];
  let i = 0;
  let j = 0;
  for (const [ai, bj] of [...anchors, [a.length, b.length] as [number, number]]) {
    const olds = a.slice(i, ai).map((clause, k) => ({ clause, index: i + k }));
    const news = b.slice(j, bj);
    const pairOf = new Map<number, number>(); // new offset → old index
    const used = new Set<number>();
    news.forEach((clause, k) => {
      if (!clause.section) return;
      const match = olds.find((o) => !used.has(o.index) && o.clause.section === clause.section);
      if (match) {
        used.add(match.index);
        pairOf.set(k, match.index);
      }
    });
    news.forEach((clause, k) => {
      if (pairOf.has(k)) return;
      let best: { index: number; score: number } | undefined;
      for (const o of olds) {
        if (used.has(o.index)) continue;
        const score = similarity(o.clause.text, clause.text);
        if (score >= 0.4 && (!best || score > best.score)) best = { index: o.index, score };
      }
      if (best) {
        used.add(best.index);
        pairOf.set(k, best.index);
      }
    });
    let flushed = i;
    const flushUpTo = (limit: number) => {
      for (; flushed < limit; flushed++) if (!used.has(flushed)) out.push({ status: 'removed', old: side(a[flushed]), new: null });
    };
    // removed clauses go where they stood: before the added ones that take their place
    const nextPaired = (k: number) => {
      for (let n = k; n < news.length; n++) if (pairOf.has(n)) return pairOf.get(n) as number;
      return ai;
    };
    news.forEach((clause, k) => {
      const oldIndex = pairOf.get(k);
      if (oldIndex === undefined) {
        flushUpTo(nextPaired(k));
        out.push({ status: 'added', old: null, new: side(clause) });
        return;
      }
      flushUpTo(oldIndex);
      if (squash(a[oldIndex].text) !== squash(clause.text)) out.push({ status: 'changed', old: side(a[oldIndex]), new: side(clause), words: wordDiff(a[oldIndex].text, clause.text) });
    });
    flushUpTo(ai);
    i = ai + 1;
    j = bj + 1;
  }
  return out;
}

function changesBetween(before: Finding, after: Finding): FindingChange['changes'] {
  const changes: FindingChange['changes'] = [];
  if (before.severity !== after.severity) changes.push('severity');
  if ((before.value ?? null) !== (after.value ?? null)) changes.push('value');
  if (before.fingerprint !== after.fingerprint) changes.push('text');
  if (before.points !== after.points) changes.push('points');
  return changes;
}

/** Pair the findings of two versions: same fingerprint first, then the same rule; the rest are added or removed. */
export function diffFindings(oldFindings: readonly Finding[], newFindings: readonly Finding[]) {
  const remainingOld = [...oldFindings];
  const unmatchedNew: Finding[] = [];
  const changed: FindingChange[] = [];
  let unchanged = 0;
  for (const finding of newFindings) {
    const k = remainingOld.findIndex((o) => o.fingerprint === finding.fingerprint);
    if (k === -1) {
      unmatchedNew.push(finding);
      continue;
    }
    const [before] = remainingOld.splice(k, 1);
    const changes = changesBetween(before, finding);
    if (changes.length) changed.push({ before, after: finding, changes });
    else unchanged++;
  }
  const added: Finding[] = [];
  for (const finding of unmatchedNew) {
    const k = remainingOld.findIndex((o) => o.ruleId === finding.ruleId);
    if (k === -1) {
      added.push(finding);
      continue;
    }
    const [before] = remainingOld.splice(k, 1);
    changed.push({ before, after: finding, changes: changesBetween(before, finding) });
  }
  return { added, removed: remainingOld, changed, unchanged };
}

const summary = (doc: OkDocument) => ({
  source: doc.source,
  score: doc.score,
  grade: doc.grade,
  language: doc.language,
  jurisdiction: doc.jurisdiction,
  findings: doc.findings.filter((f) => !f.suppressed && f.severity !== 'info').length,
});

export interface DiffOptions {
  /** A new (or newly this severe) finding at or above this makes the new version worse; default medium. */
  failOn?: Severity | null;
  locale?: Locale;
}

/**
 * Compare two analysed versions of a contract. The new version is worse when its score is lower,
 * or when an active finding at or above `failOn` is new or became at least that severe.
 */
export function diffDocuments(oldDoc: OkDocument, newDoc: OkDocument, options: DiffOptions = {}): DiffReport {
  const failOn = options.failOn === undefined ? 'medium' : options.failOn;
  const findings = diffFindings(oldDoc.findings, newDoc.findings);
  const reasons: DiffReason[] = [];
  if (newDoc.score < oldDoc.score) reasons.push({ type: 'score', old: oldDoc.score, new: newDoc.score });
  if (failOn) {
    for (const f of findings.added) {
      if (!f.suppressed && atLeast(f.severity, failOn)) reasons.push({ type: 'new-finding', ruleId: f.ruleId, severity: f.severity, fingerprint: f.fingerprint });
    }
    for (const c of findings.changed) {
      const { before, after } = c;
      const moreSevere = compareSeverity(after.severity, before.severity) < 0;
      if (!after.suppressed && moreSevere && atLeast(after.severity, failOn)) {
        reasons.push({ type: 'more-severe', ruleId: after.ruleId, from: before.severity, to: after.severity, fingerprint: after.fingerprint });
      }
    }
  }
  return {
    schemaVersion: 1,
    tool: { name: 'knebel', version: version() },
    locale: options.locale ?? newDoc.locale,
    old: summary(oldDoc),
    new: summary(newDoc),
    scoreDelta: newDoc.score - oldDoc.score,
    findings,
    clauses: diffClauses(oldDoc.clauses ?? [], newDoc.clauses ?? []),
    failOn,
    worse: reasons.length > 0,
    reasons,
  };
}
