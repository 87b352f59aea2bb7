import type { Locale } from '../i18n/messages.js';
import type { RuleHit } from '../rules/evaluate.js';
import type { Finding } from '../report/schema.js';
import type { ModelHit } from './index.js';

/** How a model finding says that it is a statistical match, not a rule (text, HTML, SARIF all show title and message). */
const WORDING: Record<Locale, { title: (t: string) => string; message: (p: string, title: string, ngrams: string) => string; decimal: string }> = {
  en: {
    title: (t) => `${t} (statistical match)`,
    message: (p, title, ngrams) =>
      `Statistical match, not a rule: with probability ${p} this sentence reads like clauses that lawyers marked as "${title}"${ngrams ? `; deciding words ${ngrams}` : ''}. Read it yourself before relying on it.`,
    decimal: '.',
  },
  de: {
    title: (t) => `${t} (statistischer Treffer)`,
    message: (p, title, ngrams) =>
      `Statistischer Treffer, keine Regel: Mit Wahrscheinlichkeit ${p} ähnelt dieser Satz Klauseln, die Jurist:innen als „${title}" markiert haben${ngrams ? `; ausschlaggebende Wörter ${ngrams}` : ''}. Bitte selbst prüfen.`,
    decimal: ',',
  },
};

const signed = (x: number, decimal: string) => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(1).replace('.', decimal)}`;

/** The finding of a hit; a model hit's finding carries `source: "model"`, its probability and deciding n-grams. */
export function asModelFinding(hit: RuleHit | ModelHit, locale: Locale, make: (hit: RuleHit) => Finding): Finding {
  const finding = make(hit);
  if (!('model' in hit)) return finding;
  const w = WORDING[locale];
  const q = locale === 'de' ? ['„', '"'] : ['"', '"'];
  const ngrams = hit.model.ngrams.map((n) => `${q[0]}${n.text}${q[1]} ${signed(n.weight, w.decimal)}`).join(', ');
  return {
    ...finding,
    source: 'model',
    title: w.title(finding.title),
    message: w.message(hit.model.probability.toFixed(2).replace('.', w.decimal), finding.title, ngrams),
    model: { probability: hit.model.probability, ngrams: hit.model.ngrams.map((n) => ({ text: n.text, weight: n.weight })) },
  };
}
