import { parseIso } from '../facts/duration.js';
import { formatDuration, t, type Locale } from '../i18n/messages.js';
import { reportLocale } from '../report/catalog.js';
import type { Clause, Finding, OkDocument, Report } from '../report/schema.js';
import { SEVERITIES } from '../rules/vocabulary.js';
import { activeFindings, label, policyFailureText, severityName, where, worstFinding } from './labels.js';

export interface HtmlFormatOptions {
  locale?: Locale;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

const STYLE = `
:root{--crit:#b00020;--high:#d9480f;--med:#b08900;--low:#1c7ed6;--info:#868e96;--sup:#868e96;--ink:#1d1d1f;--muted:#5f6368;--line:#e3e3e8;--bg:#fafafa}
*{box-sizing:border-box}body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg)}
main{max-width:72rem;margin:0 auto;padding:1.5rem}header p,.muted{color:var(--muted)}h1{margin:.2rem 0}h2{margin-top:2.5rem;border-bottom:2px solid var(--line);padding-bottom:.3rem;word-break:break-all}
table{border-collapse:collapse;width:100%;background:#fff}th,td{border:1px solid var(--line);padding:.35rem .6rem;text-align:left;vertical-align:top}td.num{text-align:right;font-variant-numeric:tabular-nums}
.scorebox{display:flex;gap:1.5rem;align-items:center;flex-wrap:wrap;margin:1rem 0}.score{font-size:3rem;font-weight:700;line-height:1}.score small{font-size:1.2rem;color:var(--muted)}
.grade{display:inline-block;min-width:3rem;text-align:center;font-size:2rem;font-weight:700;border-radius:.4rem;padding:.1rem .6rem;color:#fff}
.g-A,.g-B{background:#2b8a3e}.g-C,.g-D{background:#e67700}.g-E,.g-F{background:var(--crit)}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:0}dl.facts dt{color:var(--muted)}dl.facts dd{margin:0}
.layout{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:1.5rem}@media (max-width:900px){.layout{grid-template-columns:1fr}}
ol.findings{list-style:none;padding:0;margin:0}.finding{background:#fff;border:1px solid var(--line);border-left:6px solid var(--info);border-radius:.3rem;padding:.7rem 1rem;margin:0 0 1rem}
.finding.sev-critical{border-left-color:var(--crit)}.finding.sev-high{border-left-color:var(--high)}.finding.sev-medium{border-left-color:var(--med)}.finding.sev-low{border-left-color:var(--low)}.finding.suppressed{border-left-color:var(--sup);opacity:.75}
.badge{display:inline-block;font-size:.75rem;font-weight:700;text-transform:uppercase;letter-spacing:.04em;color:#fff;background:var(--info);border-radius:.25rem;padding:.05rem .4rem;margin-right:.4rem}
.badge.sev-critical{background:var(--crit)}.badge.sev-high{background:var(--high)}.badge.sev-medium{background:var(--med)}.badge.sev-low{background:var(--low)}.badge.suppressed{background:var(--sup)}
.finding h4{margin:0 0 .3rem;font-size:1rem}.finding blockquote{margin:.5rem 0;padding:.3rem .8rem;border-left:3px solid var(--line);background:var(--bg)}
.pts{color:var(--muted);font-weight:400}code{font-size:.85em;background:#f1f3f5;padding:.05rem .3rem;border-radius:.2rem}
.text{background:#fff;border:1px solid var(--line);border-radius:.3rem;padding:.5rem 1.2rem}.text p{margin:.45rem 0}.text h4{margin:1rem 0 .3rem}.sec{font-weight:600;margin-right:.4rem}
.page{color:var(--muted);font-size:.8rem;text-transform:uppercase;letter-spacing:.06em;border-top:1px dashed var(--line);margin-top:1rem;padding-top:.3rem}
mark{background:#fff3bf;border-bottom:2px solid var(--med);padding:0 .05rem}mark.sev-critical{background:#ffe3e3;border-color:var(--crit)}mark.sev-high{background:#ffe8cc;border-color:var(--high)}
mark.sev-medium{background:#fff3bf;border-color:var(--med)}mark.sev-low{background:#e7f5ff;border-color:var(--low)}mark.sev-info,mark.suppressed{background:#f1f3f5;border-bottom:2px dashed var(--sup)}
mark b{text-decoration:underline}sup a{text-decoration:none;font-weight:700}.policy{padding:.6rem 1rem;border-radius:.3rem;margin:1rem 0;background:#fff;border:1px solid var(--line)}
.policy.failed{border-color:var(--crit)}.policy.passed{border-color:#2b8a3e}footer{margin:3rem 0 1rem;font-size:.85rem;color:var(--muted)}
@media print{.layout{display:block}body{background:#fff}}
`;

function factValue(value: string | null, locale: Locale): string {
  if (value === null) return t(locale, 'facts.notStated');
  if (value === 'indefinite') return t(locale, 'facts.indefinite');
  return formatDuration(parseIso(value), locale);
}

function facts(doc: OkDocument): string {
  const locale = doc.locale;
  const f = doc.facts;
  const renewal =
    f.autoRenewal === null
      ? t(locale, 'facts.notStated')
      : f.autoRenewal
        ? `${t(locale, 'facts.yes')}${f.renewalTerm ? ` – ${factValue(f.renewalTerm, locale)}` : ''}`
        : t(locale, 'facts.no');
  const rows: [string, string][] = [
    [t(locale, 'facts.minimumTerm'), f.noMinimumTerm ? t(locale, 'facts.noMinimumTerm') : factValue(f.minimumTerm, locale)],
    [t(locale, 'facts.autoRenewal'), renewal],
    [t(locale, 'facts.noticePeriod'), factValue(f.noticePeriod, locale)],
    [t(locale, 'facts.contractType'), t(locale, `contractType.${f.contractType}`)],
    [t(locale, 'facts.contractDate'), f.contractDate ?? t(locale, 'facts.assumedToday')],
    [t(locale, 'facts.jurisdiction'), doc.jurisdiction.toUpperCase()],
  ];
  return `<dl class="facts">${rows.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`).join('')}</dl>`;
}

/** Quote with the matched words in <b>. */
function quoteHtml(finding: Finding): string {
  const { text, start, match } = finding.evidence;
  const from = match.start - start;
  const to = match.end - start;
  if (from < 0 || to > text.length || from >= to) return escapeHtml(text);
  return `${escapeHtml(text.slice(0, from))}<b>${escapeHtml(text.slice(from, to))}</b>${escapeHtml(text.slice(to))}`;
}

function findingItem(finding: Finding, doc: OkDocument, id: string, linked: boolean): string {
  const locale = doc.locale;
  const sev = finding.suppressed ? 'suppressed' : `sev-${finding.severity}`;
  const badge = finding.suppressed
    ? `<span class="badge suppressed">${escapeHtml(label(locale, 'suppressed'))}</span>`
    : `<span class="badge sev-${finding.severity}">${escapeHtml(severityName(locale, finding.severity))}</span>`;
  const points = finding.points ? ` <span class="pts">${escapeHtml(t(locale, 'finding.points', { points: finding.points }))}</span>` : '';
  const place = escapeHtml(where(locale, finding));
  const parts = [
    `<li class="finding ${sev}" id="${id}">`,
    `<h4>${badge}${escapeHtml(finding.title)}${points} <code>${escapeHtml(finding.ruleId)}</code></h4>`,
    `<div class="muted">${linked ? `<a href="#${id}-q">${place}</a>` : place}</div>`,
    `<blockquote>${quoteHtml(finding)}</blockquote>`,
    `<p>${escapeHtml(finding.message)}</p>`,
  ];
  if (finding.suppressed) parts.push(`<p><strong>${escapeHtml(label(locale, 'reason'))}:</strong> ${escapeHtml(finding.suppressed.reason)}</p>`);
  else {
    parts.push(`<p><strong>${escapeHtml(t(locale, 'finding.why'))}:</strong> ${escapeHtml(finding.explanation)}</p>`);
    if (finding.legalBasis.length) {
      parts.push(
        `<p><strong>${escapeHtml(t(locale, 'finding.legalBasis'))}:</strong></p><ul>${finding.legalBasis
          .map((b) => `<li>${escapeHtml(b.citation)} (${escapeHtml(b.jurisdiction.toUpperCase())})${b.note ? ` – ${escapeHtml(b.note)}` : ''}</li>`)
          .join('')}</ul>`,
      );
    }
    parts.push(`<p><strong>${escapeHtml(t(locale, 'finding.suggestion'))}:</strong> ${escapeHtml(finding.suggestion)}</p>`);
  }
  parts.push('</li>');
  return parts.join('\n');
}

interface Span {
  finding: Finding;
  id: string;
  number: number;
}

const rank = (f: Finding) => (f.suppressed ? SEVERITIES.length : SEVERITIES.indexOf(f.severity));

/**
 * One clause with every finding's quote highlighted in place: the text is cut at each quote and
 * match boundary, each piece is marked with the most severe finding covering it, matched words
 * are bold, and each quote ends in a numbered link to its finding.
 */
function clauseHtml(clause: Clause, spans: readonly Span[]): string {
  const inside = spans.filter((s) => s.finding.evidence.start < clause.end && s.finding.evidence.end > clause.start);
  const cuts = new Set([clause.start, clause.end]);
  for (const s of inside) {
    const e = s.finding.evidence;
    for (const at of [e.start, e.end, e.match.start, e.match.end]) if (at > clause.start && at < clause.end) cuts.add(at);
  }
  const points = [...cuts].sort((a, b) => a - b);
  let html = '';
  const opened = new Set<string>();
  for (let i = 0; i < points.length - 1; i++) {
    const [from, to] = [points[i], points[i + 1]];
    const piece = clause.text.slice(from - clause.start, to - clause.start);
    const covering = inside.filter((s) => s.finding.evidence.start <= from && s.finding.evidence.end >= to);
    if (covering.length === 0) {
      html += escapeHtml(piece);
      continue;
    }
    const top = [...covering].sort((a, b) => rank(a.finding) - rank(b.finding))[0];
    const bold = covering.some((s) => s.finding.evidence.match.start <= from && s.finding.evidence.match.end >= to);
    const anchors = covering
      .filter((s) => !opened.has(s.id))
      .map((s) => {
        opened.add(s.id);
        return `<span id="${s.id}-q"></span>`;
      })
      .join('');
    const cls = top.finding.suppressed ? 'suppressed' : `sev-${top.finding.severity}`;
    const title = covering.map((s) => `${s.number}. ${s.finding.title} [${s.finding.ruleId}]`).join('\n');
    const text = bold ? `<b>${escapeHtml(piece)}</b>` : escapeHtml(piece);
    const ends = covering
      .filter((s) => s.finding.evidence.end === to || (to === clause.end && s.finding.evidence.end > clause.end))
      .map((s) => `<sup><a href="#${s.id}">${s.number}</a></sup>`)
      .join('');
    html += `${anchors}<mark class="${cls}" title="${escapeHtml(title)}">${text}</mark>${ends}`;
  }
  const section = clause.section ? ` data-section="${escapeHtml(clause.section)}"` : '';
  return clause.isHeading ? `<h4${section}>${html}</h4>` : `<p${section}>${html}</p>`;
}

function documentSection(doc: OkDocument, index: number): string {
  const locale = doc.locale;
  const prefix = `d${index + 1}`;
  const spans: Span[] = doc.findings.map((finding, i) => ({ finding, id: `${prefix}-f${i + 1}`, number: i + 1 }));
  const active = activeFindings(doc);
  const suppressedCount = doc.findings.filter((f) => f.suppressed).length;
  const meta = [
    doc.format,
    `${t(locale, 'language.detected')} ${doc.language}`,
    `${doc.pages} ${t(locale, 'pages')}`,
    label(locale, 'activeCount', { count: active.length }),
    ...(suppressedCount ? [label(locale, 'suppressedCount', { count: suppressedCount })] : []),
  ];
  const parts = [
    `<section class="doc" id="${prefix}">`,
    `<h2>${escapeHtml(doc.source)}</h2>`,
    `<div class="scorebox"><div class="score">${doc.score}<small>/100</small></div><div class="grade g-${doc.grade}" title="${escapeHtml(t(locale, 'score.grade'))}">${doc.grade}</div>`,
    `<div><div class="muted">${escapeHtml(t(locale, 'score.title'))} · ${escapeHtml(meta.join(' · '))}</div>${facts(doc)}</div></div>`,
  ];
  if (doc.baseline) parts.push(`<p class="muted">${escapeHtml(label(locale, 'baseline', { matched: doc.baseline.matched, fixed: doc.baseline.fixed }))}</p>`);
  for (const warning of doc.warnings) parts.push(`<p class="muted">⚠ ${escapeHtml(t(locale, 'document.warning'))}: ${escapeHtml(warning)}</p>`);
  if (doc.ocr) parts.push(`<p class="muted">⚠ ${escapeHtml(t(locale, 'document.ocr'))}</p>`);
  const findingsHtml = doc.findings.length
    ? `<ol class="findings">${spans.map((s) => findingItem(s.finding, doc, s.id, Boolean(doc.clauses))).join('\n')}</ol>`
    : `<p>${escapeHtml(t(locale, 'score.none'))}</p>`;
  const left = `<div><h3>${escapeHtml(t(locale, 'findings.title'))} (${active.length})</h3>${findingsHtml}</div>`;
  if (doc.clauses?.length) {
    let page = 0;
    const clauses: string[] = [];
    for (const clause of doc.clauses) {
      if (clause.page !== page && doc.pages > 1) clauses.push(`<div class="page">${escapeHtml(t(locale, 'finding.wherePage', { page: clause.page }))}</div>`);
      page = clause.page;
      clauses.push(clauseHtml(clause, spans));
    }
    parts.push(`<div class="layout">${left}<div><h3>${escapeHtml(label(locale, 'contractText'))}</h3><div class="text">${clauses.join('\n')}</div></div></div>`);
  } else parts.push(left);
  parts.push('</section>');
  return parts.join('\n');
}

function summary(report: Report, locale: Locale): string {
  const rows = report.documents.map((doc, i) => {
    if (!doc.ok) {
      return `<tr><td>${escapeHtml(doc.source)}</td><td class="num">—</td><td>—</td><td>⚠ ${escapeHtml(label(locale, 'failed'))}: ${escapeHtml(doc.error.message)} <code>${escapeHtml(doc.error.code)}</code></td></tr>`;
    }
    const worst = worstFinding(doc);
    const worstText = worst
      ? `<span class="badge sev-${worst.severity}">${escapeHtml(severityName(doc.locale, worst.severity))}</span>${escapeHtml(worst.title)} <code>${escapeHtml(worst.ruleId)}</code>`
      : escapeHtml(label(locale, 'none'));
    return `<tr><td><a href="#d${i + 1}">${escapeHtml(doc.source)}</a></td><td class="num">${doc.score}</td><td><span class="grade g-${doc.grade}" style="font-size:1rem;min-width:2rem">${doc.grade}</span></td><td>${worstText}</td></tr>`;
  });
  return `<table><thead><tr><th>${escapeHtml(label(locale, 'file'))}</th><th>${escapeHtml(label(locale, 'score'))}</th><th>${escapeHtml(label(locale, 'grade'))}</th><th>${escapeHtml(label(locale, 'worst'))}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/**
 * One self-contained HTML file (inline CSS, no scripts, no external assets; a Content Security
 * Policy forbids loading any): per contract the score, the facts, the findings and, when the
 * report holds the clauses (`--format html` adds them), the contract text with every finding
 * highlighted in place and linked both ways.
 */
export function formatHtml(report: Report, options: HtmlFormatOptions = {}): string {
  return [...formatHtmlPieces(report, options)].join('');
}

/** The same page piece by piece (one piece per document): a batch's page can be larger than the longest string allowed. */
export function* formatHtmlPieces(report: Report, options: HtmlFormatOptions = {}): Generator<string> {
  const locale = reportLocale(report, options.locale);
  const title = report.documents.length === 1 ? `${label(locale, 'report')}: ${report.documents[0].source}` : label(locale, 'report');
  const body: string[] = [`<header><h1>${escapeHtml(label(locale, 'report'))}</h1><p>knebel ${escapeHtml(report.tool.version)}</p></header>`];
  if (report.documents.length > 1) body.push(`<h2>${escapeHtml(label(locale, 'summary'))}</h2>`, summary(report, locale));
  if (report.policy) {
    const failures = report.policy.failures.map((f) => `<li>${escapeHtml(policyFailureText(locale, f))}</li>`).join('');
    body.push(
      `<div class="policy ${report.policy.passed ? 'passed' : 'failed'}"><strong>${escapeHtml(label(locale, report.policy.passed ? 'policyPassed' : 'policyFailed'))}</strong>${failures ? `<ul>${failures}</ul>` : ''}</div>`,
    );
  }
  for (const doc of report.documents) {
    if (!doc.ok && report.documents.length === 1) body.push(`<p>⚠ ${escapeHtml(doc.source)}: ${escapeHtml(doc.error.message)} <code>${escapeHtml(doc.error.code)}</code></p>`);
  }
  yield `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="knebel ${escapeHtml(report.tool.version)}">
<title>${escapeHtml(title)}</title>
<style>${STYLE.trim()}</style>
</head>
<body>
<main>
${body.join('\n')}
`;
  for (const [i, doc] of report.documents.entries()) if (doc.ok) yield `${documentSection(doc, i)}\n`;
  yield `<footer>${escapeHtml(t(locale, 'disclaimer'))}</footer>
</main>
</body>
</html>
`;
}
