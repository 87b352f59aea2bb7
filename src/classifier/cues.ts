import type { Category } from '../model/vocabulary.js';
import { escapeRegExp } from '../rules/phrase.js';

/**
 * The categories the model scores, in the order of the weight file's columns (the CLAUDETTE tag
 * codes in brackets), and the built-in rule whose explanation, legal basis and fairer wording a
 * model finding of that category borrows.
 */
export const MODEL_CATEGORIES: readonly { category: Category; tag: string; rule: string }[] = [
  { category: 'unilateral-change', tag: 'ch', rule: 'unilateral-change-terms' },
  { category: 'provider-termination', tag: 'ter', rule: 'provider-termination' },
  { category: 'content-removal', tag: 'cr', rule: 'content-removal' },
  { category: 'contract-by-using', tag: 'use', rule: 'contract-by-using' },
  { category: 'choice-of-law', tag: 'law', rule: 'choice-of-law-other' },
  { category: 'jurisdiction', tag: 'j', rule: 'jurisdiction-provider-seat' },
  { category: 'arbitration', tag: 'a', rule: 'arbitration' },
  { category: 'liability', tag: 'ltd', rule: 'liability-exclusion' },
];

/**
 * Word stems (lower case, matched anywhere in the sentence) without which a sentence is not
 * scored for a category. They keep the model off the bulk of a contract (speed) and off
 * sentences that only resemble a category by style. `npm run eval` applies the same filter to
 * the held-out figures, so whatever recall the cues cost is in the published numbers.
 */
export const CUES: Record<'de' | 'en', readonly (readonly string[])[]> = {
  en: [
    /* ch  */ ['chang', 'modif', 'amend', 'updat', 'revis', 'alter', 'discontinu', 'vary', 'variation', 'suspend', 'time to time', 'new version', 'right to', 'reserve', 'limit', 'discretion'],
    /* ter */ ['terminat', 'suspend', 'cancel', 'disabl', 'deactivat', 'clos', 'block', 'restrict', 'revok', 'discontinu', 'end your', 'remov', 'ban', 'shut', 'freez', 'right to', 'reserve', 'breach', 'discretion', 'reasonabl'],
    /* cr  */ ['remov', 'delet', 'content', 'disabl', 'refus', 'reject', 'edit', 'block', 'screen', 'monitor', 'take down'],
    /* use */ ['using', 'use of', 'use the', 'use our', 'access', 'agree', 'accept', 'continu', 'bound', 'consent', 'download', 'install', 'register'],
    /* law */ ['law', 'govern', 'legislation', 'statute', 'applicable', 'apply', 'entity'],
    /* j   */ ['court', 'jurisdiction', 'venue', 'forum', 'tribunal', 'proceeding', 'litigat', 'dispute', 'govern', 'applicable', 'apply', 'entity'],
    /* a   */ ['arbitra', 'class action', 'class or representative', 'jury', 'mediat', 'dispute', 'representative action'],
    /* ltd */ ['liab', 'liable', 'responsib', 'damag', 'loss', 'warrant', 'indemn', 'guarant', 'as is', 'as available', 'fault', 'negligen', 'harm', 'risk', 'accurate', 'error', 'interrupt', 'availab', 'third part', 'force majeure', 'claim'],
  ],
  de: [
    /* ch  */ ['änder', 'anpass', 'modifi', 'aktualis', 'einstell', 'ergänz', 'überarbeit', 'neue fassung', 'abwandl', 'erweiter', 'vorbehalt', 'behält', 'behalten', 'recht', 'jederzeit', 'ermessen'],
    /* ter */ ['kündig', 'sperr', 'beend', 'deaktivier', 'lösch', 'aussetz', 'einschränk', 'ausschl', 'schließ', 'entzieh', 'widerruf', 'einstell', 'entfern', 'behält', 'behalten', 'recht', 'ermessen', 'storn', 'grund'],
    /* cr  */ ['entfern', 'lösch', 'inhalt', 'sperr', 'ablehn', 'bearbeit', 'überprüf', 'zurückweis', 'unzugänglich'],
    /* use */ ['nutz', 'zugriff', 'zugreif', 'zustimm', 'stimmen', 'akzeptier', 'einverstanden', 'erklär', 'verwend', 'gebrauch', 'herunterl', 'install', 'registr', 'anerkenn', 'gelten'],
    /* law */ ['recht', 'gesetz', 'gelten', 'gilt', 'anbieter', 'unternehmen'],
    /* j   */ ['gericht', 'zuständig', 'streit', 'klage', 'verfahren', 'gelten', 'gilt', 'anbieter', 'geregelt'],
    /* a   */ ['schied', 'sammelklage', 'schlicht', 'streitbeileg', 'arbitra', 'gruppenklage', 'verbandsklage', 'geschworen', 'mediat'],
    /* ltd */ ['haft', 'verantwort', 'schad', 'schäd', 'gewähr', 'verlust', 'fahrlässig', 'garant', 'einsteh', 'ersatz', 'risiko', 'fehlerfrei', 'verfügbar', 'unterbrech', 'richtigkeit', 'vollständigkeit', 'anspruch', 'ansprüch', 'dritt', 'höhere gewalt'],
  ],
};

/**
 * Least probability for a model finding, above each category's trained threshold. The trained
 * thresholds maximise F1 on CLAUDETTE (0.1–0.5); below the floor the extra recall is mostly
 * sentences lawyers marked fair or left untagged. Held-out hybrid macro-F1 with the TF-IDF model
 * on 2026-12-06 (docs/evaluation.md): EN 0.69 at 0.3 and 0.4 alike; DE 0.65 at 0.25 and 0.3, 0.63
 * at 0.4, 0.61 at 0.5. Findings are one step milder than a rule's and say their probability, so
 * a reader can weigh them; the fair variants (fair-variants.ts) keep the lawful wordings silent.
 * `npm run eval` scores the model with this same floor.
 */
export const MIN_PROBABILITY = 0.3;

/**
 * All stems of a language in one alternation, longest first, with the categories each stands for:
 * one pass over the sentence instead of one per category. A stem that matches where a longer one
 * does is a prefix of it, so each stem carries the categories of its own prefixes as well; with
 * the search resumed one character after every match, the mask is exactly the categories whose
 * stems occur anywhere in the sentence.
 */
interface CueScan {
  pattern: RegExp;
  maskOf: Map<string, number>;
}

function cueScan(categories: readonly (readonly string[])[]): CueScan {
  const own = new Map<string, number>();
  categories.forEach((stems, c) => {
    for (const stem of stems) own.set(stem, (own.get(stem) ?? 0) | (1 << c));
  });
  const stems = [...own.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const maskOf = new Map(stems.map((stem) => [stem, stems.reduce((m, other) => (stem.startsWith(other) ? m | own.get(other)! : m), 0)]));
  return { pattern: new RegExp(stems.map(escapeRegExp).join('|'), 'g'), maskOf };
}

const ALL_CATEGORIES = (1 << MODEL_CATEGORIES.length) - 1;
const CUE_SCANS = { de: cueScan(CUES.de), en: cueScan(CUES.en) };

/** Bitmask of the categories whose cues occur in a lower-cased sentence. */
export function cueMask(lower: string, language: 'de' | 'en'): number {
  const { pattern, maskOf } = CUE_SCANS[language];
  let mask = 0;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(lower); m !== null; m = pattern.exec(lower)) {
    mask |= maskOf.get(m[0])!;
    if (mask === ALL_CATEGORIES) break;
    pattern.lastIndex = m.index + 1;
  }
  return mask;
}
