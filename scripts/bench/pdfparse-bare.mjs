// Baseline for the end-to-end PDF target: bare pdf-parse text extraction of many PDFs in one
// process, loading nothing but pdf-parse. Prints {files, chars, extractMs} as JSON.
//   node scripts/bench/pdfparse-bare.mjs LISTFILE   (one PDF path per line)
import { readFileSync } from 'node:fs';
import { PDFParse } from 'pdf-parse';

const files = readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean);
const start = performance.now();
let chars = 0;
for (const file of files) {
  const parser = new PDFParse({ data: new Uint8Array(readFileSync(file)), verbosity: 0 });
  try {
    chars += (await parser.getText({ pageJoiner: '' })).text.length;
  } finally {
    await parser.destroy();
  }
}
process.stdout.write(`${JSON.stringify({ files: files.length, chars, extractMs: performance.now() - start })}\n`);
