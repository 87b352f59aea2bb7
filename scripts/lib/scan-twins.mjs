// Scanned and photographed twins of the fixture PDFs (fixtures/scans/), for the OCR tests and
// `npm run eval`: the pages are rendered with pdf.js on @napi-rs/canvas (both come with
// pdf-parse), then spoiled the way paper gets spoiled: a scanner's slight rotation, noise, blur
// and JPEG artefacts; a phone's perspective, uneven light and the camera's EXIF orientation.
// Deterministic: seeded noise, fixed PDF dates. Grayscale and moderate JPEG quality keep the
// files small.

import { createCanvas, loadImage } from '@napi-rs/canvas';
import PDFDocument from 'pdfkit';
import { PDFParse } from 'pdf-parse';
import { finishPdf } from './documents.mjs';
import { mulberry32 } from './random.mjs';

const A4 = [595.28, 841.89];
/** An office scanner's usual setting, and a JPEG quality that shows artefacts around the letters. */
const SCAN_DPI = 300;
const SCAN_QUALITY = 45;

/** Seeded PRNG (mulberry32) returning floats in [0, 1), seeded with a string. */
function random(seed) {
  return mulberry32([...seed].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 2654435761) >>> 0, 0x9e3779b9));
}

/** Render PDF pages to grayscale canvases' pixel arrays at `dpi`. */
async function renderPages(pdf, dpi, pages) {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    const shot = await parser.getScreenshot({ scale: dpi / 72, imageBuffer: true, imageDataUrl: false, ...(pages ? { partial: pages } : {}) });
    const out = [];
    for (const page of shot.pages) {
      const image = await loadImage(Buffer.from(page.data));
      const canvas = createCanvas(image.width, image.height);
      const ctx = canvas.getContext('2d');
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, image.width, image.height);
      ctx.drawImage(image, 0, 0);
      const rgba = ctx.getImageData(0, 0, image.width, image.height).data;
      const gray = new Float32Array(image.width * image.height);
      for (let i = 0; i < gray.length; i++) gray[i] = rgba[i * 4];
      out.push({ width: image.width, height: image.height, gray });
    }
    return out;
  } finally {
    await parser.destroy();
  }
}

/** Bilinear sample with white outside the page. */
function sample(page, x, y, outside = 255) {
  const x0 = Math.floor(x);
  const y0 = Math.floor(y);
  if (x0 < 0 || y0 < 0 || x0 + 1 >= page.width || y0 + 1 >= page.height) return outside;
  const fx = x - x0;
  const fy = y - y0;
  const i = y0 * page.width + x0;
  const g = page.gray;
  return (g[i] * (1 - fx) + g[i + 1] * fx) * (1 - fy) + (g[i + page.width] * (1 - fx) + g[i + page.width + 1] * fx) * fy;
}

/** 3×3 box blur, `passes` times. */
function blur(img, passes) {
  let src = img.gray;
  for (let p = 0; p < passes; p++) {
    const out = new Float32Array(src.length);
    const w = img.width;
    for (let y = 1; y < img.height - 1; y++) {
      for (let x = 1; x < w - 1; x++) {
        const i = y * w + x;
        out[i] = (src[i - w - 1] + src[i - w] + src[i - w + 1] + src[i - 1] + src[i] + src[i + 1] + src[i + w - 1] + src[i + w] + src[i + w + 1]) / 9;
      }
    }
    src = out;
  }
  return { ...img, gray: src };
}

function addNoise(img, amount, rand) {
  const gray = img.gray.map((v) => v + (rand() + rand() + rand() - 1.5) * amount);
  return { ...img, gray };
}

/** Encode grayscale pixels as JPEG (three equal channels; the chroma planes cost almost nothing). */
async function jpeg(img, quality) {
  const canvas = createCanvas(img.width, img.height);
  const ctx = canvas.getContext('2d');
  const data = ctx.createImageData(img.width, img.height);
  for (let i = 0; i < img.gray.length; i++) {
    const v = Math.max(0, Math.min(255, Math.round(img.gray[i])));
    data.data[i * 4] = v;
    data.data[i * 4 + 1] = v;
    data.data[i * 4 + 2] = v;
    data.data[i * 4 + 3] = 255;
  }
  ctx.putImageData(data, 0, 0);
  return canvas.encode('jpeg', quality);
}

/** A flatbed scan: turned by `degrees`, a little blur, noise. */
function scanned(page, degrees, rand) {
  const a = (degrees * Math.PI) / 180;
  const cos = Math.cos(a);
  const sin = Math.sin(a);
  const cx = page.width / 2;
  const cy = page.height / 2;
  const gray = new Float32Array(page.width * page.height);
  for (let y = 0; y < page.height; y++) {
    for (let x = 0; x < page.width; x++) {
      const dx = x - cx;
      const dy = y - cy;
      gray[y * page.width + x] = sample(page, cx + dx * cos + dy * sin, cy - dx * sin + dy * cos) * 0.93 + 8;
    }
  }
  return addNoise(blur({ ...page, gray }, 1), 7, rand);
}

/** Solve the homography that maps the unit square's corners to four points (for the inverse mapping). */
function homography(corners) {
  // maps (u, v) in [0,1]² to (x, y): standard square-to-quad projective mapping
  const [[x0, y0], [x1, y1], [x2, y2], [x3, y3]] = corners;
  const dx1 = x1 - x2;
  const dx2 = x3 - x2;
  const dx3 = x0 - x1 + x2 - x3;
  const dy1 = y1 - y2;
  const dy2 = y3 - y2;
  const dy3 = y0 - y1 + y2 - y3;
  const det = dx1 * dy2 - dx2 * dy1;
  const g = (dx3 * dy2 - dx2 * dy3) / det;
  const h = (dx1 * dy3 - dx3 * dy1) / det;
  return { a: x1 - x0 + g * x1, b: x3 - x0 + h * x3, c: x0, d: y1 - y0 + g * y1, e: y3 - y0 + h * y3, f: y0, g, h };
}

/** Invert the square-to-quad mapping numerically per pixel via the adjugate. */
function inverse(m) {
  const { a, b, c, d, e, f, g, h } = m;
  const A = e - f * h;
  const B = c * h - b;
  const C = b * f - c * e;
  const D = f * g - d;
  const E = a - c * g;
  const F = c * d - a * f;
  const G = d * h - e * g;
  const H = b * g - a * h;
  const I = a * e - b * d;
  return (x, y) => {
    const w = G * x + H * y + I;
    return [(A * x + B * y + C) / w, (D * x + E * y + F) / w];
  };
}

/**
 * A phone photo of a page lying on a table: the page a slightly skewed quadrilateral (perspective),
 * light falling off towards one corner, soft focus and sensor noise.
 */
function photographed(page, rand, width, height) {
  const corners = [[0.1, 0.06], [0.9, 0.09], [0.94, 0.95], [0.06, 0.93]].map(([x, y]) => [x * width, y * height]);
  const toPage = inverse(homography(corners));
  const gray = new Float32Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const [u, v] = toPage(x, y);
      const inside = u >= 0 && u <= 1 && v >= 0 && v <= 1;
      const paper = inside ? sample(page, u * (page.width - 1), v * (page.height - 1)) : 70;
      const light = 1 - 0.22 * ((x / width) * 0.6 + (y / height) * 0.4);
      gray[y * width + x] = paper * light;
    }
  }
  return addNoise(blur({ width, height, gray }, 1), 6, rand);
}

/** Quarter turn counter-clockwise: stored this way, EXIF orientation 6 turns it upright. */
function turnCounterClockwise(img) {
  const { width: w, height: h } = img;
  const gray = new Float32Array(w * h);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) gray[(w - 1 - x) * h + y] = img.gray[y * w + x];
  return { width: h, height: w, gray };
}

/** Insert an EXIF segment with only the Orientation tag after the JPEG's start marker. */
function withExifOrientation(jpegBytes, orientation) {
  const tiff = Buffer.from([0x4d, 0x4d, 0x00, 0x2a, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, orientation, 0, 0, 0, 0, 0, 0]);
  const body = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
  const app1 = Buffer.concat([Buffer.from([0xff, 0xe1, (body.length + 2) >> 8, (body.length + 2) & 0xff]), body]);
  return Buffer.concat([jpegBytes.subarray(0, 2), app1, jpegBytes.subarray(2)]);
}

async function imagePdf(jpegs, fixedDate) {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 0,
    autoFirstPage: false,
    info: { Title: 'Scan', Creator: 'knebel scripts/lib/scan-twins.mjs (simulated scan)', Producer: 'PDFKit', CreationDate: fixedDate, ModDate: fixedDate },
  });
  for (const image of jpegs) {
    doc.addPage({ size: 'A4', margin: 0 });
    doc.image(image, 0, 0, { width: A4[0], height: A4[1] });
  }
  return finishPdf(doc);
}

/**
 * The twins, as [path under fixtures/, bytes]: a scanned PDF of each source PDF (200 dpi, every
 * page turned a little, noise, blur, JPEG quality 50) and a phone photo of the German knebel
 * contract's first page (perspective, light fall-off, EXIF orientation 6, JPEG quality 60).
 */
export async function makeScanTwins(sources, fixedDate) {
  const twins = [];
  for (const { rel, pdf } of sources) {
    const rand = random(`knebel/scan/${rel}`);
    const pages = await renderPages(pdf, SCAN_DPI);
    const jpegs = [];
    for (const [i, page] of pages.entries()) jpegs.push(await jpeg(scanned(page, i % 2 ? -0.8 : 0.6, rand), SCAN_QUALITY));
    twins.push([`scans/${rel.replace(/\.pdf$/, '-scan.pdf')}`, await imagePdf(jpegs, fixedDate)]);
  }
  const german = sources.find((s) => s.rel === 'de/fitnessstudio-knebel.pdf');
  if (german) {
    const [page] = await renderPages(german.pdf, 220, [1]);
    const photo = photographed(page, random('knebel/photo'), 1800, 2450);
    twins.push(['scans/de/fitnessstudio-knebel-photo-p1.jpg', withExifOrientation(await jpeg(turnCounterClockwise(photo), 60), 6)]);
  }
  return twins;
}
