import { deflateSync } from 'node:zlib';
import { createCanvas } from '@napi-rs/canvas';

/** CRC-32 for PNG chunks. */
function crc32(bytes: Buffer): number {
  let crc = ~0;
  for (const b of bytes) {
    crc ^= b;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/**
 * A grayscale PNG that declares `width` × `height` pixels but carries only the first rows of
 * zeros (a decompression bomb is refused from the header, so the rest is never needed).
 */
export function declaredPng(width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // grayscale
  const rows = deflateSync(Buffer.alloc((width + 1) * Math.min(height, 64)));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', rows), chunk('IEND', Buffer.alloc(0))]);
}

/** A little-endian TIFF with `pages` directories of 1×1 white pixels chained one after the other. */
export function manyPageTiff(pages: number): Buffer {
  const entries = 8;
  const ifdSize = 2 + entries * 12 + 4;
  const pixel = 8;
  const buffer = Buffer.alloc(9 + pages * ifdSize + 1);
  buffer.write('II', 0, 'latin1');
  buffer.writeUInt16LE(42, 2);
  buffer.writeUInt32LE(10, 4);
  buffer[pixel] = 255;
  for (let p = 0; p < pages; p++) {
    const at = 10 + p * ifdSize;
    buffer.writeUInt16LE(entries, at);
    const tags: [number, number, number][] = [
      [256, 3, 1], [257, 3, 1], [258, 3, 8], [259, 3, 1], [262, 3, 1], [273, 4, pixel], [278, 3, 1], [279, 4, 1],
    ];
    tags.forEach(([tag, type, value], i) => {
      const e = at + 2 + i * 12;
      buffer.writeUInt16LE(tag, e);
      buffer.writeUInt16LE(type, e + 2);
      buffer.writeUInt32LE(1, e + 4);
      if (type === 3) buffer.writeUInt16LE(value, e + 8);
      else buffer.writeUInt32LE(value, e + 8);
    });
    buffer.writeUInt32LE(p + 1 < pages ? at + ifdSize : 0, at + 2 + entries * 12);
  }
  return buffer;
}

/** A page of black text on white, drawn with the system's DejaVu Sans (as a phone photo of print would be read). */
export async function textImage(lines: string[], width = 1400, height = 900): Promise<Buffer> {
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = '#111';
  ctx.font = '34px DejaVu Sans';
  lines.forEach((line, i) => ctx.fillText(line, 60, 90 + i * 56));
  return canvas.encode('png');
}

/** Shapes and gradients without a single letter: a photo of something that is not a contract. */
export async function imageWithoutText(): Promise<Buffer> {
  const canvas = createCanvas(1200, 900);
  const ctx = canvas.getContext('2d');
  const gradient = ctx.createLinearGradient(0, 0, 1200, 900);
  gradient.addColorStop(0, '#9ab');
  gradient.addColorStop(1, '#334');
  ctx.fillStyle = gradient;
  ctx.fillRect(0, 0, 1200, 900);
  for (let i = 0; i < 12; i++) {
    ctx.fillStyle = i % 2 ? '#eee' : '#222';
    ctx.beginPath();
    ctx.arc(100 + ((i * 173) % 1000), 120 + ((i * 97) % 700), 40 + ((i * 31) % 90), 0, Math.PI * 2);
    ctx.fill();
  }
  return canvas.encode('jpeg', 80);
}
