import { ExitCode, RulePackError, formatRuleProblem } from '../errors.js';
import type { Locale } from '../i18n/messages.js';
import { anyCovers, covers } from '../model/jurisdiction.js';
import { ruleText } from '../rules/docs.js';
import { loadRules, type Rule } from '../rules/load.js';
import { SEVERITIES, type Severity } from '../model/vocabulary.js';
import type { Localized, SeverityCondition } from '../rules/rule-schema.js';
import type { CliIO } from './context.js';

const pick = (text: Localized | undefined, locale: Locale) => (text ? (text[locale] ?? text.en ?? text.de ?? '') : '');

/** Jurisdictions a rule speaks about: those in its severity ladder and its legal basis. */
function jurisdictionsOf(rule: Rule): string[] {
  const ids = new Set<string>();
  for (const s of rule.severity) for (const j of s.when?.jurisdiction ?? []) ids.add(j);
  for (const b of rule.legalBasis) ids.add(b.jurisdiction);
  return [...ids].sort();
}

function appliesTo(condition: SeverityCondition | undefined, jurisdiction: string): boolean {
  return anyCovers(condition?.jurisdiction, jurisdiction);
}

/** The most severe level a rule can reach (in one jurisdiction, when given). */
function worstLevel(rule: Rule, jurisdiction?: string): Severity | null {
  const levels = rule.severity.filter((s) => !jurisdiction || appliesTo(s.when, jurisdiction)).map((s) => s.level);
  return levels.sort((a, b) => SEVERITIES.indexOf(a) - SEVERITIES.indexOf(b))[0] ?? null;
}

function load(dirs: string[] | undefined, io: CliIO): Rule[] | null {
  try {
    return loadRules(dirs ?? []);
  } catch (error) {
    if (!(error instanceof RulePackError)) throw error;
    for (const problem of error.problems) io.stderr.write(`knebel: invalid rule: ${formatRuleProblem(problem)}\n`);
    return null;
  }
}

export async function runRules(options: { format: 'text' | 'json'; locale: Locale; jurisdiction?: string; rules?: string[] }, io: CliIO): Promise<number> {
  const rules = load(options.rules, io);
  if (!rules) return ExitCode.rulePackInvalid;
  const j = options.jurisdiction;
  const rows = rules
    .map((rule) => {
      const basis = rule.legalBasis.filter((b) => !j || covers(b.jurisdiction, j));
      return {
        id: rule.id,
        category: rule.category,
        title: pick(rule.title, options.locale),
        jurisdictions: jurisdictionsOf(rule),
        severity: worstLevel(rule, j),
        citation: basis[0]?.citation ?? '',
        pack: rule.pack,
      };
    })
    .filter((row) => row.severity !== null);
  if (options.format === 'json') {
    io.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return ExitCode.ok;
  }
  const header = { id: 'ID', category: 'CATEGORY', jurisdictions: 'JURISDICTIONS', severity: j ? `MAX (${j.toUpperCase()})` : 'MAX SEVERITY', citation: 'CITATION' };
  const table = [header, ...rows.map((r) => ({ ...r, jurisdictions: r.jurisdictions.join(',') || 'any', severity: r.severity ?? '' }))];
  const width = (key: keyof typeof header) => Math.max(...table.map((r) => String(r[key]).length));
  const widths = { id: width('id'), category: width('category'), jurisdictions: width('jurisdictions'), severity: width('severity') };
  for (const r of table) {
    io.stdout.write(`${r.id.padEnd(widths.id)}  ${r.category.padEnd(widths.category)}  ${String(r.jurisdictions).padEnd(widths.jurisdictions)}  ${String(r.severity).padEnd(widths.severity)}  ${r.citation}\n`.replace(/ +\n$/, '\n'));
  }
  io.stdout.write(`\n${rows.length} rules. \`knebel explain <id>\` shows one in full.\n`);
  return ExitCode.ok;
}

export async function runExplain(ruleId: string, options: { locale: Locale; rules?: string[] }, io: CliIO): Promise<number> {
  const rules = load(options.rules, io);
  if (!rules) return ExitCode.rulePackInvalid;
  const rule = rules.find((r) => r.id === ruleId);
  if (!rule) {
    const near = rules.filter((r) => r.id.includes(ruleId) || ruleId.includes(r.id) || r.category === ruleId).map((r) => r.id);
    io.stderr.write(`knebel: no rule "${ruleId}"${near.length ? ` (did you mean ${near.join(', ')}?)` : ''}; \`knebel rules\` lists them all\n`);
    return ExitCode.usage;
  }
  io.stdout.write(ruleText(rule, options.locale));
  return ExitCode.ok;
}
