import { formatCivil, t, type Locale, type MessageKey } from '../i18n/messages.js';
import { compareSeverity, SEVERITIES } from '../model/vocabulary.js';
import type { ConsumerAnswer } from './answer-schema.js';
import { groupByClause, type ClauseGroup } from './clauses.js';
import type { DeadlineJson, DeadlineReason } from './deadline-schema.js';
import type { Finding } from './schema.js';

export type { ConsumerAnswer };

export const MAX_TRAPS = 3;

const rank = (f: Finding) => SEVERITIES.indexOf(f.severity);
const active = (f: Finding) => !f.suppressed && f.severity !== 'info';

/** "Seite 1, § 2 (3)" / "page 1, § 2 (3)". */
export function placeOf(locale: Locale, page: number, section: string | null): string {
  return section ? t(locale, 'finding.where', { page, section }) : t(locale, 'finding.wherePage', { page });
}

/** The clauses that bind (active findings), worst first: by the worst severity, then by points. */
export function bindingClauses(findings: readonly Finding[]): ClauseGroup[] {
  const groups = groupByClause(findings.filter(active));
  const worst = (g: ClauseGroup) => Math.min(...g.findings.map(rank));
  const points = (g: ClauseGroup) => g.findings.reduce((sum, f) => sum + f.points, 0);
  return groups.sort((a, b) => worst(a) - worst(b) || points(b) - points(a));
}

/** A file name as the user would type it in a shell. */
const shellWord = (path: string) => (/^[\w./@:+-]+$/.test(path) ? path : `'${path.replace(/'/g, `'\\''`)}'`);

export interface AnswerInput {
  source: string;
  locale: Locale;
  score: number;
  grade: string;
  findings: readonly Finding[];
  deadline: DeadlineJson | null;
  deadlineReason?: DeadlineReason;
}

export function buildAnswer(input: AnswerInput): ConsumerAnswer {
  const { locale, deadline } = input;
  const clauses = bindingClauses(input.findings);
  const holds = clauses.length === 0 ? t(locale, 'answer.holds.none') : t(locale, 'answer.holds', { count: clauses.length });
  const meaning = `${t(locale, `grade.${input.grade}` as MessageKey)}: ${holds}`;
  const traps = clauses.slice(0, MAX_TRAPS).map((g) => {
    const worst = [...g.findings].sort((a, b) => compareSeverity(a.severity, b.severity))[0];
    const where = placeOf(locale, g.page, g.section);
    const severity = t(locale, `severity.${worst.severity}`);
    return {
      severity: worst.severity,
      title: worst.title,
      where,
      points: g.findings.reduce((sum, f) => sum + f.points, 0),
      ruleIds: g.findings.map((f) => f.ruleId),
      line: t(locale, 'answer.trap', { severity, title: worst.title, where }),
    };
  });
  let dates: string;
  if (deadline) {
    const end = formatCivil(deadline.earliestEnd, locale);
    if (deadline.ended) dates = t(locale, 'answer.datesEnded', { end });
    else if (deadline.endsByItself || !deadline.noticeDeadline) dates = t(locale, 'answer.datesEndsByItself', { end });
    else dates = t(locale, 'answer.dates', { end, deadline: formatCivil(deadline.noticeDeadline, locale) });
    if (deadline.basis === 'law') dates += ` (${t(locale, 'answer.basisLaw')})`;
  } else if (input.deadlineReason?.code === 'MISSING_START') dates = t(locale, 'answer.needStart');
  else dates = t(locale, 'answer.noDates', { reason: input.deadlineReason?.reason ?? '' });
  const view = deadline?.legalView;
  const form = view?.formVoidBy ? t(locale, 'answer.form', { citation: view.formVoidBy }) : view?.form === 'letter' ? t(locale, 'answer.formLetter') : null;
  return {
    verdict: t(locale, 'answer.grade', { score: input.score, grade: input.grade, meaning }),
    traps,
    dates,
    earliestEnd: deadline?.earliestEnd ?? null,
    noticeDeadline: deadline && !deadline.endsByItself && !deadline.ended ? deadline.noticeDeadline : null,
    form,
    nextStep: t(locale, 'answer.next', { file: shellWord(input.source) }),
  };
}
