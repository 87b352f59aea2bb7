import { constants, crc32, deflateRawSync } from 'node:zlib';

/**
 * Generators of hostile inputs for test/hostile-bounds.test.ts: small to write, made in
 * milliseconds, nothing large committed.
 */

const MB = 1024 * 1024;
let zeroBlock: Buffer | undefined;

/**
 * A raw deflate stream of `megabytes` MB of zero bytes: one compressed MB (about 1 KB) repeated,
 * each copy ending in a sync flush, then an empty final block. 1 GB of zeros costs 1 MB.
 */
export function deflatedZeros(megabytes: number): Buffer {
  zeroBlock ??= deflateRawSync(Buffer.alloc(MB), { finishFlush: constants.Z_SYNC_FLUSH });
  return Buffer.concat([...Array.from({ length: megabytes }, () => zeroBlock as Buffer), Buffer.from([0x03, 0x00])]);
}

/** The same wrapped for a PDF /FlateDecode stream (zlib header; pdf.js does not check the trailing Adler-32). */
export function zlibZeros(megabytes: number): Buffer {
  return Buffer.concat([Buffer.from([0x78, 0x9c]), deflatedZeros(megabytes), Buffer.alloc(4)]);
}

export interface ZipPart {
  name: string;
  /** Stored bytes (method 0) or a raw deflate stream (method 8). */
  data: Buffer;
  method: 0 | 8;
  /** Uncompressed size written into the headers; may lie. */
  size: number;
  crc?: number;
}

/** Deflate text into a part, headers telling the truth. */
export function deflatedPart(name: string, text: string): ZipPart {
  const raw = Buffer.from(text);
  return { name, data: deflateRawSync(raw), method: 8, size: raw.length, crc: crc32(raw) };
}

/** A zip archive written by hand; `prefix` goes in front with offsets left as if it were not there (`cat prefix archive.zip`). */
export function zipArchive(parts: readonly ZipPart[], prefix: Buffer = Buffer.alloc(0)): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(part.method, 8);
    local.writeUInt16LE(0x21, 12);
    local.writeUInt32LE(part.crc ?? 0, 14);
    local.writeUInt32LE(part.data.length, 18);
    local.writeUInt32LE(part.size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(part.method, 10);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(part.crc ?? 0, 16);
    central.writeUInt32LE(part.data.length, 20);
    central.writeUInt32LE(part.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, part.data);
    centrals.push(central, name);
    offset += 30 + name.length + part.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([prefix, ...locals, directory, end]);
}

const CONTENT_TYPES =
  '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS =
  '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

/** word/document.xml around some body XML. */
export const wordBody = (xml: string) => `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${xml}</w:body></w:document>`;
export const wordParagraph = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

/** A DOCX: the package parts, word/document.xml and any extra parts. */
export function docxArchive(documentXml: string, extra: ZipPart[] = [], prefix?: Buffer): Buffer {
  return zipArchive([deflatedPart('[Content_Types].xml', CONTENT_TYPES), deflatedPart('_rels/.rels', RELS), deflatedPart('word/document.xml', documentXml), ...extra], prefix);
}

/** A PDF from object bodies (object i + 1 is `objects[i]`), with a correct xref table; object 1 is the catalog. */
export function pdfFile(objects: readonly (string | Buffer)[]): Buffer {
  const chunks: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let length = chunks[0].length;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(length);
    const chunk = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), Buffer.isBuffer(body) ? body : Buffer.from(body, 'latin1'), Buffer.from('\nendobj\n')]);
    chunks.push(chunk);
    length += chunk.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`, ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  chunks.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`));
  return Buffer.concat(chunks);
}

export const pdfStream = (dictionary: string, data: Buffer | string) =>
  Buffer.concat([Buffer.from(`<< ${dictionary} /Length ${Buffer.byteLength(data)} >>\nstream\n`), Buffer.isBuffer(data) ? data : Buffer.from(data, 'latin1'), Buffer.from('\nendstream')]);

/** One page showing `text`, its resources and content given; objects 1–4 are catalog, pages, page, font. */
export function onePagePdf(content: Buffer, resources = '', more: (string | Buffer)[] = []): Buffer {
  return pdfFile([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> ${resources} >> /Contents 5 0 R >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    content,
    ...more,
  ]);
}

/**
 * Form XObjects nested `levels` deep, each drawing the next twice: 2^levels draws of the
 * innermost text from a file of a few KB (objects 6 onwards).
 */
export function nestedFormsPdf(levels: number, text: string): Buffer {
  const forms = Array.from({ length: levels }, (_, i) => {
    const last = i === levels - 1;
    const body = last ? `BT /F1 12 Tf 72 700 Td (${text}) Tj ET` : '/X Do /X Do';
    const resources = last ? '<< /Font << /F1 4 0 R >> >>' : `<< /XObject << /X ${7 + i} 0 R >> >>`;
    return pdfStream(`/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources ${resources}`, body);
  });
  return onePagePdf(pdfStream('', `BT /F1 12 Tf 72 720 Td (${text}) Tj ET /X0 Do`), '/XObject << /X0 6 0 R >>', forms);
}
