import type { ChalkInstance } from 'chalk';
import type { ClauseChange, DiffReason, DiffReport, FindingChange, Token } from '../diff/schema.js';
import { t, type Locale } from '../i18n/messages.js';
import type { Finding } from '../report/schema.js';
import { severityName, where } from './labels.js';
import { escapeMarkdown, SEVERITY_ICON } from './markdown.js';

export interface DiffTextOptions {
  chalk: ChalkInstance;
  width?: number;
}

/** Hidden marker so a CI job can find and update its earlier PR comment. */
export const DIFF_COMMENT_MARKER = '<!-- knebel-diff -->';

const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '±0');

export function reasonText(locale: Locale, reason: DiffReason): string {
  if (reason.type === 'score') return t(locale, 'label.scoreDropped', { old: reason.old, new: reason.new });
  if (reason.type === 'new-finding') return t(locale, 'label.newFinding', { ruleId: reason.ruleId, severity: severityName(locale, reason.severity) });
  return t(locale, 'label.severityUp', { ruleId: reason.ruleId, severity: severityName(locale, reason.to) });
}

function changeText(locale: Locale, change: FindingChange): string {
  const parts: string[] = [];
  for (const kind of change.changes) {
    if (kind === 'severity') parts.push(t(locale, 'label.severityChanged', { old: severityName(locale, change.before.severity), new: severityName(locale, change.after.severity) }));
    else if (kind === 'value') parts.push(t(locale, 'label.valueChanged', { old: change.before.value ?? '—', new: change.after.value ?? '—' }));
    else if (kind === 'text') parts.push(t(locale, 'label.textChanged'));
  }
  return parts.join('; ') || `${change.before.points} → ${change.after.points}`;
}

const clauseWhere = (locale: Locale, side: NonNullable<ClauseChange['old']>) =>
  side.section ? t(locale, 'finding.where', { page: side.page, section: side.section }) : t(locale, 'finding.wherePage', { page: side.page });

// ---------------------------------------------------------------------------------------------
// text

/** Zero-width markers for word changes, replaced by colours after wrapping and padding. */
const DEL = ['\uE002', '\uE003'];
const ADD = ['\uE004', '\uE005'];
const visibleLength = (s: string) => s.replace(/[\uE000-\uE00F]/g, '').length;

function wrapColumn(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/ +/)) {
      if (line && visibleLength(line) + 1 + visibleLength(word) > width) {
        lines.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    lines.push(line);
  }
  return lines;
}

function markTokens(tokens: Token[], plain: boolean): string {
  return tokens
    .map((tok) => {
      const text = tok.text.replace(/\s+$/, '');
      const space = tok.text.slice(text.length) ? ' ' : '';
      if (tok.op === 'same') return tok.text.replace(/\s+/g, ' ');
      const [open, close] = tok.op === 'del' ? (plain ? ['[-', '-]'] : DEL) : plain ? ['{+', '+}'] : ADD;
      // mark every word, so wrapping never splits a marker pair across lines
      return `${text
        .split(/\s+/)
        .map((w) => `${open}${w}${close}`)
        .join(' ')}${space}`;
    })
    .join('');
}

function sideBySide(change: ClauseChange, locale: Locale, chalk: ChalkInstance, width: number): string[] {
  const plain = chalk.level === 0;
  const column = Math.max(20, Math.floor((width - 7) / 2));
  let left: string;
  let right: string;
  if (change.words) {
    left = markTokens(change.words.old, plain);
    right = markTokens(change.words.new, plain);
  } else {
    left = change.old ? change.old.text : `(${t(locale, 'label.addedClause')})`;
    right = change.new ? change.new.text : `(${t(locale, 'label.removedClause')})`;
  }
  // one marker pair per run of changed words on a line: "[-a-] [-b-]" → "[-a b-]"
  const join = (line: string) =>
    line
      .replaceAll('-] [-', ' ')
      .replaceAll('+} {+', ' ')
      .replaceAll(`${DEL[1]} ${DEL[0]}`, ' ')
      .replaceAll(`${ADD[1]} ${ADD[0]}`, ' ');
  const a = wrapColumn(left, column).map(join);
  const b = wrapColumn(right, column).map(join);
  const paint = (s: string) =>
    s
      .replaceAll(DEL[0], '\u001b[31m\u001b[9m')
      .replaceAll(DEL[1], '\u001b[29m\u001b[39m')
      .replaceAll(ADD[0], '\u001b[32m\u001b[1m')
      .replaceAll(ADD[1], '\u001b[22m\u001b[39m');
  const rows: string[] = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const l = a[i] ?? '';
    const r = b[i] ?? '';
    rows.push(`    ${paint(l)}${' '.repeat(Math.max(0, column - visibleLength(l)))} │ ${paint(r)}`.trimEnd());
  }
  return rows;
}

function findingLine(sign: string, finding: Finding, locale: Locale, chalk: ChalkInstance): string {
  const points = finding.points ? `  ${t(locale, 'finding.points', { points: finding.points })}` : '';
  const suppressed = finding.suppressed ? ` (${t(locale, 'label.suppressed')})` : '';
  return `   ${sign} ${chalk.bold(severityName(locale, finding.severity).toUpperCase())}  ${finding.title}${suppressed}  ${chalk.dim(`[${finding.ruleId}] ${where(locale, finding)}${points}`)}`;
}

/** `knebel diff` for a terminal: score delta, findings added / removed / changed, clauses side by side. */
export function formatDiffText(diff: DiffReport, options: DiffTextOptions): string {
  const { chalk } = options;
  const width = Math.min(options.width ?? 100, 160);
  const locale = diff.locale;
  const delta = diff.scoreDelta < 0 ? chalk.red(signed(diff.scoreDelta)) : diff.scoreDelta > 0 ? chalk.green(signed(diff.scoreDelta)) : signed(0);
  const lines = [
    `${chalk.bold(diff.old.source)} → ${chalk.bold(diff.new.source)}`,
    '',
    `  ${chalk.bold(t(locale, 'score.title'))}: ${diff.old.score} → ${diff.new.score} (${delta})  ${t(locale, 'score.grade')} ${diff.old.grade} → ${diff.new.grade}`,
  ];
  const { added, removed, changed, unchanged } = diff.findings;
  if (added.length + removed.length + changed.length === 0) lines.push('', `  ${t(locale, 'label.noChanges')}`);
  if (added.length) {
    lines.push('', `  ${chalk.bold(t(locale, 'label.added'))} (${added.length})`);
    for (const f of added) lines.push(chalk.red(findingLine('+', f, locale, chalk)));
  }
  if (removed.length) {
    lines.push('', `  ${chalk.bold(t(locale, 'label.removed'))} (${removed.length})`);
    for (const f of removed) lines.push(chalk.green(findingLine('-', f, locale, chalk)));
  }
  if (changed.length) {
    lines.push('', `  ${chalk.bold(t(locale, 'label.changed'))} (${changed.length})`);
    for (const c of changed) lines.push(`${findingLine('~', c.after, locale, chalk)}\n       ${changeText(locale, c)}`);
  }
  if (unchanged) lines.push('', chalk.dim(`  ${t(locale, 'label.unchanged', { count: unchanged })}`));
  if (diff.clauses.length) {
    lines.push('', `  ${chalk.bold(t(locale, 'label.changedClauses'))} (${diff.clauses.length})`);
    const column = Math.max(20, Math.floor((width - 7) / 2));
    lines.push(chalk.dim(`    ${t(locale, 'label.old').padEnd(column)} │ ${t(locale, 'label.new')}`));
    for (const change of diff.clauses) {
      const place = clauseWhere(locale, (change.new ?? change.old) as NonNullable<ClauseChange['old']>);
      lines.push('', chalk.dim(`  ${place}`), ...sideBySide(change, locale, chalk, width));
    }
  }
  lines.push('');
  if (diff.worse) lines.push(chalk.bold.red(`${t(locale, 'label.worse')}: ${diff.reasons.map((r) => reasonText(locale, r)).join('; ')}`));
  else lines.push(chalk.bold.green(t(locale, 'label.notWorse')));
  return `${lines.join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------------
// markdown

function mdTokens(tokens: Token[], mark: '~~' | '**'): string {
  return tokens
    .map((tok) => {
      const escaped = escapeMarkdown(tok.text.replace(/\s+/g, ' '));
      if (tok.op === 'same') return escaped;
      const body = escaped.trimEnd();
      return body ? `${mark}${body}${mark}${escaped.slice(body.length)}` : escaped;
    })
    .join('')
    .replace(/\n/g, ' ');
}

function mdFinding(finding: Finding, locale: Locale): string {
  const points = finding.points ? ` · ${t(locale, 'finding.points', { points: finding.points })}` : '';
  const suppressed = finding.suppressed ? ` · _${t(locale, 'label.suppressed')}: ${escapeMarkdown(finding.suppressed.reason)}_` : '';
  const quote = escapeMarkdown(finding.evidence.text).replace(/\n/g, ' ');
  return `- ${SEVERITY_ICON[finding.severity]} **${severityName(locale, finding.severity)}** · ${escapeMarkdown(finding.title)} (\`${finding.ruleId}\`) · ${escapeMarkdown(where(locale, finding))}${points}${suppressed}\n  > ${quote}`;
}

/** `knebel diff --format markdown`: a PR comment on a changed contract. */
export function formatDiffMarkdown(diff: DiffReport): string {
  const locale = diff.locale;
  const { added, removed, changed, unchanged } = diff.findings;
  const lines = [
    DIFF_COMMENT_MARKER,
    `## ${t(locale, 'label.diffTitle')}`,
    '',
    `\`${diff.old.source}\` → \`${diff.new.source}\``,
    '',
    `| | ${t(locale, 'label.old')} | ${t(locale, 'label.new')} | Δ |`,
    '| --- | ---: | ---: | ---: |',
    `| ${t(locale, 'score.title')} | ${diff.old.score} | ${diff.new.score} | ${signed(diff.scoreDelta)} |`,
    `| ${t(locale, 'label.grade')} | ${diff.old.grade} | ${diff.new.grade} | |`,
    `| ${t(locale, 'label.findings')} | ${diff.old.findings} | ${diff.new.findings} | ${signed(diff.new.findings - diff.old.findings)} |`,
    '',
    diff.worse
      ? `**❌ ${t(locale, 'label.worse')}:** ${diff.reasons.map((r) => escapeMarkdown(reasonText(locale, r))).join('; ')}`
      : `**✅ ${t(locale, 'label.notWorse')}**`,
  ];
  if (added.length + removed.length + changed.length === 0) lines.push('', t(locale, 'label.noChanges'));
  if (added.length) lines.push('', `### ${t(locale, 'label.added')} (${added.length})`, '', ...added.map((f) => mdFinding(f, locale)));
  if (removed.length) lines.push('', `### ${t(locale, 'label.removed')} (${removed.length})`, '', ...removed.map((f) => mdFinding(f, locale)));
  if (changed.length) {
    lines.push('', `### ${t(locale, 'label.changed')} (${changed.length})`, '');
    for (const c of changed) lines.push(`${mdFinding(c.after, locale)}\n  \n  ${escapeMarkdown(changeText(locale, c))}`);
  }
  if (unchanged) lines.push('', `_${t(locale, 'label.unchanged', { count: unchanged })}_`);
  if (diff.clauses.length) {
    lines.push('', `### ${t(locale, 'label.changedClauses')} (${diff.clauses.length})`, '', `| | ${t(locale, 'label.old')} | ${t(locale, 'label.new')} |`, '| --- | --- | --- |');
    for (const change of diff.clauses) {
      const place = escapeMarkdown(clauseWhere(locale, (change.new ?? change.old) as NonNullable<ClauseChange['old']>));
      if (change.words) {
        lines.push(`| ${place} | ${mdTokens(change.words.old, '~~')} | ${mdTokens(change.words.new, '**')} |`);
      } else if (change.new) lines.push(`| ${place} | _${t(locale, 'label.addedClause')}_ | **${escapeMarkdown(change.new.text).replace(/\n/g, ' ')}** |`);
      else if (change.old) lines.push(`| ${place} | ~~${escapeMarkdown(change.old.text).replace(/\n/g, ' ')}~~ | _${t(locale, 'label.removedClause')}_ |`);
    }
  }
  lines.push('', '---', `<sub>knebel ${diff.tool.version} · ${escapeMarkdown(t(locale, 'disclaimer'))}</sub>`, '');
  return lines.join('\n');
}

export function formatDiffJson(diff: DiffReport): string {
  return `${JSON.stringify(diff, null, 2)}\n`;
}
