import { parseIso } from '../model/duration.js';
import { formatDuration, type Locale } from '../i18n/messages.js';
import type { Rule } from './load.js';
import { setsUsed } from './phrase.js';
import { isFactMatch, kindOf, type Localized, type RuleExample, type SeverityCondition } from './rule-schema.js';

/**
 * The page of a rule, from its YAML: what it catches, why it binds, severities by jurisdiction and
 * date, legal basis, fairer wording and examples. `docs/rules/<id>.md` (scripts/rule-docs.mjs) and
 * `knebel explain` render the same sections, so the page and the terminal never disagree.
 */

export interface Section {
  heading: string;
  lines: string[];
}

const pick = (text: Localized | undefined, locale: Locale) => (text ? (text[locale] ?? text.en ?? text.de ?? '') : '');

const WORDS = {
  en: {
    catches: 'What it catches', binds: 'Why it binds', severity: 'Severity (the first line that holds applies)', basis: 'Legal basis',
    fairer: 'Fairer wording', examples: 'Examples', otherwise: 'otherwise', type: 'contract type', before: 'concluded before',
    onOrAfter: 'concluded on or after', unstated: 'length not stated ("for the same period")', longer: 'longer than', atMost: 'at most', fact: 'The contract fact', phrases: 'Wording (phrases)',
    regex: 'Wording (regular expressions)', sets: 'Word sets used', unless: 'Not when the clause says', all: 'Only when the clause also says', notInside: 'Not when the match starts inside', extendsRule: 'Refines', message: 'Message', flag: 'flagged', pass: 'not flagged',
  },
  de: {
    catches: 'Was die Regel findet', binds: 'Warum das bindet', severity: 'Schweregrad (die erste zutreffende Zeile gilt)', basis: 'Rechtsgrundlage',
    fairer: 'Fairere Formulierung', examples: 'Beispiele', otherwise: 'sonst', type: 'Vertragsart', before: 'geschlossen vor',
    onOrAfter: 'geschlossen ab', unstated: 'Dauer nicht genannt („um dieselbe Laufzeit“)', longer: 'länger als', atMost: 'höchstens', fact: 'Die Vertragsangabe', phrases: 'Formulierungen (Phrasen)',
    regex: 'Formulierungen (reguläre Ausdrücke)', sets: 'Verwendete Wortmengen', unless: 'Nicht, wenn die Klausel sagt', all: 'Nur, wenn die Klausel auch sagt', notInside: 'Nicht, wenn der Treffer beginnt in', extendsRule: 'Verfeinert', message: 'Meldung', flag: 'wird gemeldet', pass: 'wird nicht gemeldet',
  },
} as const;

/** A severity condition in words: "DE, contract type gym, longer than 24 months". */
export function describeCondition(when: SeverityCondition | undefined, locale: Locale): string {
  const w = WORDS[locale];
  if (!when) return w.otherwise;
  const parts: string[] = [];
  if (when.jurisdiction) parts.push(when.jurisdiction.join(', ').toUpperCase());
  if (when.contractType) parts.push(`${w.type} ${when.contractType.join('/')}`);
  if (when.concludedBefore) parts.push(`${w.before} ${when.concludedBefore}`);
  if (when.concludedOnOrAfter) parts.push(`${w.onOrAfter} ${when.concludedOnOrAfter}`);
  if (when.lengthStated === false) parts.push(w.unstated);
  if (when.longerThan) parts.push(`${w.longer} ${formatDuration(parseIso(when.longerThan), locale)}`);
  if (when.atMost) parts.push(`${w.atMost} ${formatDuration(parseIso(when.atMost), locale)}`);
  return parts.join(', ');
}

function catches(rule: Rule, locale: Locale): string[] {
  const w = WORDS[locale];
  const lines: string[] = [];
  if (rule.extends) lines.push(`${w.extendsRule}: \`${rule.extends}\``, '');
  if (isFactMatch(rule.match)) {
    const m = rule.match;
    const limits = [m.longerThan ? `> ${m.longerThan}` : '', m.atMost ? `≤ ${m.atMost}` : '', m.anchor ? `(${m.anchor.join(', ')})` : ''].filter(Boolean).join(' ');
    lines.push(`${w.fact} \`${m.fact}\`${limits ? ` ${limits}` : ''}.`);
  } else {
    const lang = locale;
    const kind = kindOf(rule);
    const show = (list: string[] | undefined) => (list ?? []).map((p) => `- \`${p}\``);
    lines.push(`${kind === 'phrase' ? w.phrases : w.regex} (${lang}):`, ...show(rule.match.patterns[lang]));
    for (const key of ['all', 'unless', 'notInside'] as const) {
      const list = rule.match[key]?.[lang];
      if (list?.length) lines.push('', `${w[key]}:`, ...show(list));
    }
    // a lawyer reading {INSTALMENTS} needs to know where the words are
    const match = rule.match;
    const sets = [...new Set((['patterns', 'all', 'unless', 'notInside'] as const).flatMap((key) => (match[key]?.[lang] ?? []).flatMap(setsUsed)))];
    if (sets.length) lines.push('', `${w.sets} (rules/words/${lang}.yml): ${sets.map((name) => `\`{${name}}\``).join(', ')}`);
  }
  lines.push('', `${w.message}: ${pick(rule.message, locale)}`);
  return lines;
}

const exampleText = (e: RuleExample) => (typeof e === 'string' ? e : `${e.text}${e.jurisdiction || e.severity ? ` (${[e.jurisdiction?.toUpperCase(), e.contractType, e.contractDate, e.severity].filter(Boolean).join(', ')})` : ''}`);

/** The sections of a rule's page in one language. */
export function ruleSections(rule: Rule, locale: Locale): Section[] {
  const w = WORDS[locale];
  const examples = (['flag', 'pass'] as const).flatMap((kind) => (rule.examples[kind][locale] ?? []).map((e) => `- ${kind === 'flag' ? '✗' : '✓'} ${exampleText(e)}`));
  return [
    { heading: w.catches, lines: catches(rule, locale) },
    { heading: w.binds, lines: [pick(rule.explanation, locale)] },
    { heading: w.severity, lines: rule.severity.map((s) => `- **${s.level}**: ${describeCondition(s.when, locale)}`) },
    {
      heading: w.basis,
      lines: rule.legalBasis.map((b) => `- ${b.jurisdiction.toUpperCase()}: ${b.citation}${b.contractType ? ` (${b.contractType.join('/')})` : ''}${b.note ? ` — ${pick(b.note, locale)}` : ''}`),
    },
    { heading: w.fairer, lines: [pick(rule.suggestion, locale)] },
    { heading: w.examples, lines: examples },
  ];
}

/** The committed page: English, then German, generated from the YAML. */
export function ruleMarkdown(rule: Rule): string {
  const out = [
    `<!-- generated from rules/${rule.id}.yml by scripts/rule-docs.mjs; do not edit -->`,
    `# ${pick(rule.title, 'en')}`,
    '',
    `\`${rule.id}\` · category \`${rule.category}\` · kind \`${kindOf(rule)}\` · [rule file](../../rules/${rule.id}.yml)`,
  ];
  for (const locale of ['en', 'de'] as const) {
    if (locale === 'de') out.push('', '---', '', `# ${pick(rule.title, 'de')}`);
    for (const section of ruleSections(rule, locale)) out.push('', `## ${section.heading}`, '', ...section.lines);
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n')}\n`;
}

/** Plain text of the same sections for the terminal (`knebel explain`). */
export function ruleText(rule: Rule, locale: Locale): string {
  const out = [`${pick(rule.title, locale)}  [${rule.id}]`, `${rule.category} · ${kindOf(rule)} · ${rule.source}`];
  for (const section of ruleSections(rule, locale)) {
    out.push('', `${section.heading}:`, ...section.lines.map((line) => (line ? `  ${line.replace(/\*\*/g, '').replace(/`/g, '')}` : '')));
  }
  return `${out.join('\n')}\n`;
}
