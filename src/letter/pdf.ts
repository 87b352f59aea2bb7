import type { Block } from './letter.js';

/**
 * The letter as a printable A4 PDF (pdfkit, loaded only when asked for). Layout after DIN 5008
 * form B: 25 mm left and 20 mm right margin, the recipient's address in the window of a DL
 * envelope (45 mm from the top), date on the right, subject in bold. The creation date is the
 * letter's date, so the same input gives the same file.
 */
const MM = 72 / 25.4;
const A4 = { width: 210 * MM, height: 297 * MM };
const LEFT = 25 * MM;
const RIGHT = 20 * MM;
const FONT_SIZE = 11;

interface PdfDoc {
  font(name: string): PdfDoc;
  fontSize(size: number): PdfDoc;
  text(text: string, x?: number, y?: number, options?: Record<string, unknown>): PdfDoc;
  moveDown(lines?: number): PdfDoc;
  on(event: string, listener: (chunk?: Buffer) => void): PdfDoc;
  end(): void;
  y: number;
}

export async function letterPdf(blocks: Block[], date: string): Promise<Uint8Array> {
  const { default: PDFDocument } = (await import('pdfkit')) as unknown as { default: new (options: Record<string, unknown>) => PdfDoc };
  const stamp = new Date(`${date}T00:00:00Z`);
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 20 * MM, bottom: 20 * MM, left: LEFT, right: RIGHT },
    info: { Title: blocks.find((b) => b.kind === 'subject')?.lines[0] ?? '', Creator: 'knebel', Producer: 'knebel', CreationDate: stamp, ModDate: stamp },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  doc.on('data', (chunk) => chunks.push(chunk as Buffer));
  const width = A4.width - LEFT - RIGHT;
  const [sender, recipient, dateLine, ...rest] = blocks;
  doc.font('Helvetica').fontSize(8).text(sender.lines.filter(Boolean).join(' · '), LEFT, 27 * MM, { width: 85 * MM });
  doc.fontSize(FONT_SIZE).text(recipient.lines.join('\n'), LEFT, 45 * MM, { width: 85 * MM });
  doc.text(dateLine.lines.join('\n'), LEFT, 98 * MM, { width, align: 'right' });
  doc.y = 108 * MM;
  for (const block of rest) {
    if (block.kind === 'subject') doc.font('Helvetica-Bold').text(block.lines.join(' '), LEFT, undefined, { width }).font('Helvetica');
    else if (block.kind === 'paragraph') doc.text(block.lines.join(' '), LEFT, undefined, { width, align: 'left' });
    else doc.text(block.lines.join('\n'), LEFT, undefined, { width });
    doc.moveDown(1);
  }
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}
