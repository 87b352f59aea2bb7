import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const Tesseract = require('tesseract.js');
const img = readFileSync('/tmp/ocrx/p2-stretch.pgm');
for (const langs of process.argv.slice(2)) {
  const w = await Tesseract.createWorker(langs, 1, { workerPath: '/work/wt/ocr/dist/ocr/tesseract-worker.js', langPath: 'knebel-ocr-data', cacheMethod: 'none', gzip: true });
  await w.setParameters({ user_defined_dpi: '300', debug_file: '/dev/null' });
  for (const rotateAuto of [true, false]) {
    const t = performance.now();
    const r = await w.recognize(img, { rotateAuto }, { text: true });
    console.log(langs, rotateAuto, Math.round(performance.now() - t), (r.data.text.match(/sofort f.llig|s.mtliche|Beitr.ge bis|H.he|Ger.t/g) ?? []).join(' '));
  }
  await w.terminate();
}
