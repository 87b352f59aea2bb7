import type { LanguagePack } from '../lang/types.js';

/**
 * Plan tables ("Paket | Laufzeit | Preis", then "Basic | 12 Monate | 19,90 €"): a header cell
 * names the term column, and a duration that fills a cell of the rows below is a term. The rows
 * often arrive joined into one sentence, so a cell is what lies between two bars, not a column
 * counted from the left. The cell beats the words around it: "Preis" in the header is no promotion.
 */
export class TableTerms {
  private open = false;

  constructor(private readonly pack: LanguagePack) {}

  /** Read one sentence: a header opens the table, a sentence without bars closes it. */
  next(sentence: string): void {
    const cells = sentence.split('|').map((c) => c.trim());
    if (cells.length < 3) this.open = false;
    // a table with a notice column as well would need its columns counted: left alone
    else if (cells.some((c) => this.pack.termColumn.test(c))) this.open = !cells.some((c) => this.pack.noticeWord.test(c));
  }

  /** The duration at [start, end) fills a cell of a table whose header names a term column. */
  isTerm(sentence: string, start: number, end: number): boolean {
    if (!this.open) return false;
    const before = sentence.slice(0, start);
    const after = sentence.slice(end);
    const cellStart = before.lastIndexOf('|');
    const cellEnd = after.indexOf('|');
    return cellStart >= 0 && cellEnd >= 0 && before.slice(cellStart + 1).trim() === '' && after.slice(0, cellEnd).trim() === '';
  }
}
