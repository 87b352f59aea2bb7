// Pieces shared by the generators of test documents: the fixtures (scripts/make-fixtures.mjs)
// and the benchmark corpus (scripts/bench/corpus.mjs).

/** Collect a pdfkit document's output into one Buffer. */
export function finishPdf(doc) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    doc.on('data', (c) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

/** Wrap at `width` characters; continuation lines are indented by `indent` spaces. */
export function hardWrap(text, width, indent) {
  const words = text.split(/ +/).filter(Boolean);
  const lines = [];
  let cur = '';
  for (const w of words) {
    const cand = cur ? `${cur} ${w}` : w;
    const limit = lines.length === 0 ? width : width - indent;
    if (cand.length <= limit || !cur) cur = cand;
    else {
      lines.push(cur);
      cur = w;
    }
  }
  if (cur) lines.push(cur);
  return lines.map((l, i) => (i === 0 ? l : ' '.repeat(indent) + l));
}

/** Escape text for WordprocessingML (DOCX) XML. */
export const xmlEscape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
