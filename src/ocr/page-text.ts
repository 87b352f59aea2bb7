/** A word as the OCR engine read it, with its confidence 0–100. */
export interface OcrWord {
  text: string;
  confidence: number;
}
export type OcrLine = OcrWord[];

/** A word the engine was unsure of, by its offsets in the page text. */
export interface UncertainWord {
  start: number;
  end: number;
  confidence: number;
}

/** The text of one page read by OCR, in the shape a PDF text layer has (one line per line). */
export interface RecognizedPage {
  text: string;
  /** Mean word confidence 0–100, weighted by word length. */
  confidence: number;
  uncertain: UncertainWord[];
}

/** Words below this confidence are flagged in the evidence of findings that quote them. */
export const LOW_WORD_CONFIDENCE = 60;

/**
 * Lay out recognized lines as text: words joined by a space, lines by a line break (paragraph
 * breaks are left to the normalizer, as for a PDF text layer: the engine's paragraphs break in
 * the middle of sentences too often to trust).
 */
export function linesToPage(lines: readonly OcrLine[]): RecognizedPage {
  let text = '';
  let weighted = 0;
  let letters = 0;
  const uncertain: UncertainWord[] = [];
  for (const line of lines) {
    const words = line.map((w) => ({ text: w.text.trim(), confidence: w.confidence })).filter((w) => w.text !== '');
    if (words.length === 0) continue;
    if (text) text += '\n';
    words.forEach((word, i) => {
      if (i > 0) text += ' ';
      if (word.confidence < LOW_WORD_CONFIDENCE) uncertain.push({ start: text.length, end: text.length + word.text.length, confidence: Math.round(word.confidence) });
      text += word.text;
      weighted += word.confidence * word.text.length;
      letters += word.text.length;
    });
  }
  return { text, confidence: letters ? Math.round(weighted / letters) : 0, uncertain };
}
