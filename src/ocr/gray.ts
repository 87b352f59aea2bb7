/** An 8-bit grayscale image, one byte per pixel, rows top to bottom. */
export interface GrayImage {
  width: number;
  height: number;
  data: Uint8Array;
}

/** Luma of RGBA pixels (ITU-R 601 weights, in integers); transparent pixels count as white paper. */
export function fromRgba(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number): GrayImage {
  const data = new Uint8Array(width * height);
  for (let i = 0, j = 0; i < data.length; i++, j += 4) {
    const luma = (rgba[j] * 77 + rgba[j + 1] * 150 + rgba[j + 2] * 29) >> 8;
    const alpha = rgba[j + 3];
    data[i] = alpha === 255 ? luma : (luma * alpha + 255 * (255 - alpha)) >> 8;
  }
  return { width, height, data };
}

/** Binary PGM: the simplest format tesseract's image reader takes, written without an encoder. */
export function toPgm(image: GrayImage): Buffer {
  const header = Buffer.from(`P5\n${image.width} ${image.height}\n255\n`, 'latin1');
  return Buffer.concat([header, image.data]);
}

/** Turn by quarter turns clockwise (EXIF orientation and OSD results). */
export function rotateQuarters(image: GrayImage, quarters: number): GrayImage {
  const q = ((quarters % 4) + 4) % 4;
  if (q === 0) return image;
  const { width: w, height: h, data } = image;
  const out = new Uint8Array(w * h);
  if (q === 2) {
    for (let i = 0; i < out.length; i++) out[i] = data[out.length - 1 - i];
    return { width: w, height: h, data: out };
  }
  // q = 1: new (x, y) takes old (y, h - 1 - x); q = 3: old (w - 1 - y, x)
  for (let y = 0; y < w; y++) {
    for (let x = 0; x < h; x++) {
      out[y * h + x] = q === 1 ? data[(h - 1 - x) * w + y] : data[x * w + (w - 1 - y)];
    }
  }
  return { width: h, height: w, data: out };
}


/** Smaller copy by averaging blocks of `factor` × `factor` pixels. */
export function shrink(image: GrayImage, factor: number): GrayImage {
  const f = Math.max(1, Math.floor(factor));
  if (f === 1) return image;
  const width = Math.floor(image.width / f);
  const height = Math.floor(image.height / f);
  const out = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let sum = 0;
      for (let dy = 0; dy < f; dy++) {
        const row = (y * f + dy) * image.width + x * f;
        for (let dx = 0; dx < f; dx++) sum += image.data[row + dx];
      }
      out[y * width + x] = sum / (f * f);
    }
  }
  return { width, height, data: out };
}

/**
 * Stretch the gray levels so that the darkest 1 % becomes black and the brightest 1 % white:
 * a dim phone photo or a gray scan reads like black print on white paper.
 */
export function stretchContrast(image: GrayImage): GrayImage {
  const histogram = new Uint32Array(256);
  for (const v of image.data) histogram[v]++;
  const cut = image.data.length * 0.01;
  let low = 0;
  for (let n = 0; low < 255 && n + histogram[low] < cut; low++) n += histogram[low];
  let high = 255;
  for (let n = 0; high > 0 && n + histogram[high] < cut; high--) n += histogram[high];
  if (high - low < 16) return image;
  const map = new Uint8Array(256);
  for (let v = 0; v < 256; v++) map[v] = Math.max(0, Math.min(255, Math.round(((v - low) * 255) / (high - low))));
  const out = new Uint8Array(image.data.length);
  for (let i = 0; i < out.length; i++) out[i] = map[image.data[i]];
  return { width: image.width, height: image.height, data: out };
}

/**
 * Sharpness: the mean absolute Laplacian over pixels at edges. In-focus print has steep edges;
 * a blurred photo has only soft ramps. Measured on a copy about 1,000 pixels wide, so the figure
 * does not depend on the camera's resolution.
 */
export function sharpness(image: GrayImage): number {
  const small = shrink(image, image.width / 1000);
  const { width: w, height: h, data } = small;
  let sum = 0;
  let count = 0;
  for (let y = 1; y < h - 1; y++) {
    for (let x = 1; x < w - 1; x++) {
      const i = y * w + x;
      const lap = Math.abs(4 * data[i] - data[i - 1] - data[i + 1] - data[i - w] - data[i + w]);
      if (lap > 8) {
        sum += lap;
        count++;
      }
    }
  }
  return count < 100 ? 0 : sum / count;
}

/** Turn by a small angle (degrees, clockwise) about the centre, bilinear, white outside. */
export function rotateSmall(image: GrayImage, degrees: number): GrayImage {
  const { width: w, height: h, data } = image;
  const a = (degrees * Math.PI) / 180;
  const cos = Math.cos(a);
  const sin = Math.sin(a);
  const cx = w / 2;
  const cy = h / 2;
  const out = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) {
    const dy = y - cy;
    for (let x = 0; x < w; x++) {
      const dx = x - cx;
      // the source pixel that lands on (x, y)
      const sx = cx + dx * cos + dy * sin;
      const sy = cy - dx * sin + dy * cos;
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      if (x0 < 0 || y0 < 0 || x0 + 1 >= w || y0 + 1 >= h) {
        out[y * w + x] = 255;
        continue;
      }
      const fx = sx - x0;
      const fy = sy - y0;
      const i = y0 * w + x0;
      out[y * w + x] = (data[i] * (1 - fx) + data[i + 1] * fx) * (1 - fy) + (data[i + w] * (1 - fx) + data[i + w + 1] * fx) * fy;
    }
  }
  return { width: w, height: h, data: out };
}

/**
 * The skew of the text lines, in degrees (positive: lines fall to the right), by projection
 * profiles: turned by the right angle, the dark pixels of a page pile up in sharp line rows.
 * Measured on a copy about 800 pixels wide, in steps of a tenth of a degree within ±4°.
 */
export function estimateSkew(image: GrayImage): number {
  const small = shrink(image, image.width / 800);
  const { width: w, height: h, data } = small;
  const xs: number[] = [];
  const ys: number[] = [];
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) if (data[y * w + x] < 110) (xs.push(x), ys.push(y));
  if (xs.length < 200) return 0;
  const score = (degrees: number) => {
    const t = Math.tan((degrees * Math.PI) / 180);
    const bins = new Float64Array(h + w);
    for (let i = 0; i < xs.length; i++) {
      const row = Math.round(ys[i] - xs[i] * t + w * 0.1);
      if (row >= 0 && row < bins.length) bins[row]++;
    }
    let sum = 0;
    for (const b of bins) sum += b * b;
    return sum;
  };
  let best = 0;
  let bestScore = score(0);
  for (let d = -4; d <= 4.001; d += 0.1) {
    const s = score(d);
    if (s > bestScore * 1.0001) [best, bestScore] = [d, s];
  }
  return Math.round(best * 10) / 10;
}

/** Share of pixels dark enough to be ink (a blank page or back side has next to none). */
export function inkShare(image: GrayImage): number {
  let dark = 0;
  const step = Math.max(1, Math.floor(image.data.length / 250_000));
  let seen = 0;
  for (let i = 0; i < image.data.length; i += step, seen++) if (image.data[i] < 128) dark++;
  return seen ? dark / seen : 0;
}
