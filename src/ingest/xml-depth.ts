/**
 * Deepest element nesting accepted in a DOCX part. Word's own documents stay below a hundred
 * levels (tables in tables included); a part nested a million deep made mammoth's XML reader
 * take 1.8 GB before failing.
 */
export const MAX_XML_DEPTH = 1000;

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;
const BANG = 0x21;
const QUESTION = 0x3f;

type State = 'text' | 'open' | 'tag' | 'quoted' | 'end' | 'skip';

/**
 * Tracks the element depth of XML fed in chunks (bytes as they come out of the inflater), without
 * building anything. Comments, processing instructions and declarations are skipped to their
 * first ">", which is all a DOCX part holds of them.
 */
export class XmlDepthGauge {
  private state: State = 'text';
  private quote = 0;
  private slash = false;
  depth = 0;
  deepest = 0;

  /** Feed the next chunk; returns false as soon as the depth passes `max`. */
  feed(chunk: Uint8Array, max = MAX_XML_DEPTH): boolean {
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i];
      switch (this.state) {
        case 'text':
          if (c === LT) this.state = 'open';
          break;
        case 'open':
          if (c === SLASH) this.state = 'end';
          else if (c === BANG || c === QUESTION) this.state = 'skip';
          else {
            this.state = 'tag';
            this.slash = false;
            if (++this.depth > this.deepest) this.deepest = this.depth;
            if (this.depth > max) return false;
          }
          break;
        case 'tag':
          if (c === QUOTE || c === APOSTROPHE) {
            this.quote = c;
            this.state = 'quoted';
          } else if (c === GT) {
            if (this.slash) this.depth--; // <empty/>
            this.state = 'text';
          } else this.slash = c === SLASH;
          break;
        case 'quoted':
          if (c === this.quote) this.state = 'tag';
          break;
        case 'end':
          if (c === GT) {
            this.depth--;
            this.state = 'text';
          }
          break;
        case 'skip':
          if (c === GT) this.state = 'text';
          break;
      }
    }
    return true;
  }
}
