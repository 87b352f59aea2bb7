import { t, type Locale } from '../i18n/messages.js';
import { reportLocale } from '../report/catalog.js';
import type { OkDocument, Report } from '../report/schema.js';
import { policyFailureText } from './labels.js';
import { answerHtml, clauseEntryHtml, contractTextHtml, escapeHtml, highlightSpans } from './html-parts.js';
import { documentView, worstInWords, type ClauseView } from './view.js';

export interface HtmlFormatOptions {
  locale?: Locale;
  /** Rule ids beside the titles (default: shown; the page is also a reviewer's report). */
  verbose?: boolean;
}

export { escapeHtml };

/**
 * The report's style sheet; the local page (`knebel serve`) uses it too, so both look alike. Its
 * colours carry white badge text and muted text at WCAG AA contrast (4.5:1 and more on white).
 */
export const STYLE = `
:root{--crit:#a4001d;--high:#b03a06;--med:#7a5c00;--low:#155d9c;--info:#5c636a;--sup:#5c636a;--ink:#1d1d1f;--muted:#50565c;--line:#e3e3e8;--bg:#fafafa}
*{box-sizing:border-box}body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg)}
main{max-width:72rem;margin:0 auto;padding:1.5rem}header p,.muted{color:var(--muted)}h1{margin:.2rem 0}h2{margin-top:2.5rem;border-bottom:2px solid var(--line);padding-bottom:.3rem;word-break:break-all}
table{border-collapse:collapse;width:100%;background:#fff}th,td{border:1px solid var(--line);padding:.35rem .6rem;text-align:left;vertical-align:top}td.num{text-align:right;font-variant-numeric:tabular-nums}
.scorebox{display:flex;gap:1.5rem;align-items:center;flex-wrap:wrap;margin:1rem 0}.score{font-size:3rem;font-weight:700;line-height:1}.score small{font-size:1.2rem;color:var(--muted)}
.grade{display:inline-block;min-width:3rem;text-align:center;font-size:2rem;font-weight:700;border-radius:.4rem;padding:.1rem .6rem;color:#fff}
.g-A,.g-B{background:#1e6b30}.g-C,.g-D{background:#9a4f00}.g-E,.g-F{background:var(--crit)}
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
.policy.failed{border-color:var(--crit)}.policy.passed{border-color:#1e6b30}footer{margin:3rem 0 1rem;font-size:.85rem;color:var(--muted)}
.answer{background:#fff;border:1px solid var(--line);border-left:6px solid var(--info);border-radius:.3rem;padding:.6rem 1rem;margin:1rem 0}.answer .verdict{font-size:1.15rem;font-weight:600;margin:.2rem 0}
.answer .grade{font-size:1.1rem;min-width:2rem;margin-right:.4rem}.answer .dates{font-size:1.1rem}.answer .dates strong{color:var(--crit)}ul.traps{margin:.2rem 0 .5rem}
.g-A-edge,.g-B-edge{border-left-color:#1e6b30}.g-C-edge,.g-D-edge{border-left-color:#9a4f00}.g-E-edge,.g-F-edge{border-left-color:var(--crit)}a.file{display:inline-block;margin-right:.8rem}
@media print{.layout{display:block}body{background:#fff}a.file{display:none}}
`;

function documentSection(doc: OkDocument, index: number, verbose: boolean): string {
  const locale = doc.locale;
  const prefix = `d${index + 1}`;
  const view = documentView(doc);
  const listed = [...view.clauses, ...view.notes, ...view.suppressed];
  const spans = highlightSpans(listed, prefix);
  const facts = [...view.facts, [t(locale, 'facts.jurisdiction'), doc.jurisdiction.toUpperCase()]];
  const parts = [
    `<section class="doc" id="${prefix}">`,
    `<h2>${escapeHtml(doc.source)}</h2>`,
    `<p class="muted">${escapeHtml(view.meta)}</p>`,
    doc.answer ? answerHtml(doc.answer, doc) : '',
    `<div class="scorebox"><div class="score">${doc.score}<small>/100</small></div><div class="grade g-${doc.grade}" title="${escapeHtml(t(locale, 'score.grade'))}">${doc.grade}</div>`,
    `<div><div class="muted">${escapeHtml(t(locale, 'score.title'))}${view.pointsTotal ? ` · ${escapeHtml(view.pointsTotal)}` : ''}</div><dl class="facts">${facts.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`).join('')}</dl></div></div>`,
  ];
  if (view.baseline) parts.push(`<p class="muted">${escapeHtml(view.baseline)}</p>`);
  if (doc.ocr) parts.push(`<p class="muted">⚠ ${escapeHtml(t(locale, 'document.ocr'))}</p>`);
  for (const warning of view.warnings) parts.push(`<p class="muted">⚠ ${escapeHtml(t(locale, 'document.warning'))}: ${escapeHtml(warning)}</p>`);
  const entries = (clauses: readonly ClauseView[], from: number) => clauses.map((c, i) => clauseEntryHtml(c, spans[from + i].id, Boolean(doc.clauses), verbose)).join('\n');
  const groups: [string, readonly ClauseView[], number][] = [
    [t(locale, 'clauses.title', { count: view.clauses.length }), view.clauses, 0],
    [t(locale, 'clauses.notes', { count: view.notes.length }), view.notes, view.clauses.length],
    [t(locale, 'clauses.suppressed', { count: view.suppressed.length }), view.suppressed, view.clauses.length + view.notes.length],
  ];
  const lists = groups
    .filter(([, clauses], i) => i === 0 || clauses.length > 0)
    .map(([title, clauses, from]) => `<h3>${escapeHtml(title)}</h3>${clauses.length ? `<ol class="findings" start="${from + 1}">${entries(clauses, from)}</ol>` : `<p>${escapeHtml(t(locale, 'score.none'))}</p>`}`)
    .join('');
  const left = `<div>${lists}</div>`;
  if (doc.clauses?.length) {
    parts.push(`<div class="layout">${left}<div><h3>${escapeHtml(t(locale, 'label.contractText'))}</h3><div class="text">${contractTextHtml(doc, spans)}</div></div></div>`);
  } else parts.push(left);
  parts.push('</section>');
  return parts.join('\n');
}

function summary(report: Report, locale: Locale): string {
  const rows = report.documents.map((doc, i) => {
    if (!doc.ok) {
      return `<tr><td>${escapeHtml(doc.source)}</td><td class="num">—</td><td>—</td><td>⚠ ${escapeHtml(t(locale, 'label.failed'))}: ${escapeHtml(doc.error.message)} <code>${escapeHtml(doc.error.code)}</code></td></tr>`;
    }
    const worst = worstInWords(doc, locale);
    const worstText = worst ? `<span class="badge sev-${worst.severity}">${escapeHtml(worst.text)}</span>` : escapeHtml(t(locale, 'label.none'));
    return `<tr><td><a href="#d${i + 1}">${escapeHtml(doc.source)}</a></td><td class="num">${doc.score}</td><td><span class="grade g-${doc.grade}" style="font-size:1rem;min-width:2rem">${doc.grade}</span></td><td>${worstText}</td></tr>`;
  });
  return `<table><thead><tr><th>${escapeHtml(t(locale, 'label.file'))}</th><th>${escapeHtml(t(locale, 'label.score'))}</th><th>${escapeHtml(t(locale, 'label.grade'))}</th><th>${escapeHtml(t(locale, 'label.worst'))}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
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
  const title = report.documents.length === 1 ? `${t(locale, 'label.report')}: ${report.documents[0].source}` : t(locale, 'label.report');
  const body: string[] = [`<header><h1>${escapeHtml(t(locale, 'label.report'))}</h1><p>knebel ${escapeHtml(report.tool.version)}</p></header>`];
  if (report.documents.length > 1) body.push(`<h2>${escapeHtml(t(locale, 'label.summary'))}</h2>`, summary(report, locale));
  if (report.policy) {
    const failures = report.policy.failures.map((f) => `<li>${escapeHtml(policyFailureText(locale, f))}</li>`).join('');
    body.push(
      `<div class="policy ${report.policy.passed ? 'passed' : 'failed'}"><strong>${escapeHtml(t(locale, report.policy.passed ? 'label.policyPassed' : 'label.policyFailed'))}</strong>${failures ? `<ul>${failures}</ul>` : ''}</div>`,
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
  for (const [i, doc] of report.documents.entries()) if (doc.ok) yield `${documentSection(doc, i, options.verbose ?? true)}\n`;
  yield `<footer>${escapeHtml(t(locale, 'disclaimer'))}</footer>
</main>
</body>
</html>
`;
}
