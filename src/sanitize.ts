/**
 * Nothing raw from a contract, a rule pack or a file name reaches a terminal or a CI log: one
 * sanitiser, applied where text leaves the program (src/cli/safe-io.ts) and where file names are
 * shown. Contract text itself loses its control characters at ingestion (`stripControls`).
 */

/**
 * C0 controls other than tab and newline, DEL and the C1 controls (U+0080–U+009F: a terminal may
 * read U+009B as CSI and U+009D as OSC). ESC starts the sequences that clear the screen, set the
 * window title or write the clipboard (OSC 52).
 */
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** The same with tab and newline: a file name may hold neither unescaped. */
const NAME_CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;

/** Our own colour and line-erase sequences (chalk's SGR, the progress bar's "\r ESC[2K") and CRLF, the only ones let through. */
const OWN_SEQUENCES = /\u001b\[[0-9;]*[mK]|\r(?=\n|\u001b\[2K)/y;

const escaped = (c: string) => {
  if (c === '\n') return '\\n';
  if (c === '\t') return '\\t';
  if (c === '\r') return '\\r';
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
};

/**
 * Escape every control character except tab and newline as visible `\u001b` text (inside a JSON
 * string that is the same character, so JSON output stays valid and means the same). Our own
 * colour and erase-line sequences pass, and so does the CR of a CRLF line end (iCalendar).
 */
export function escapeControlsKeepingColour(text: string): string {
  CONTROLS.lastIndex = 0;
  if (!CONTROLS.test(text)) return text;
  let out = '';
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!(code < 0x20 || (code >= 0x7f && code <= 0x9f)) || code === 0x09 || code === 0x0a) continue;
    OWN_SEQUENCES.lastIndex = i;
    const own = OWN_SEQUENCES.exec(text);
    if (own) {
      i += own[0].length - 1;
      continue;
    }
    out += text.slice(last, i) + escaped(text[i]);
    last = i + 1;
  }
  return out + text.slice(last);
}

/** A file name as shown in messages and reports: every control character (newline too) escaped. */
export function shownName(name: string): string {
  NAME_CONTROLS.lastIndex = 0;
  return NAME_CONTROLS.test(name) ? name.replace(NAME_CONTROLS, escaped) : name;
}

/**
 * Contract text without control characters: each becomes a space (tab, newline, carriage return
 * and form feed, which carry layout, stay). Applied once, to the page texts ingestion produces.
 */
export function stripControls(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/g, ' ');
}

/**
 * Under GitHub Actions a line that begins with "::" (after white space) is a workflow command
 * ("::error::", "::add-mask::"). Report lines that would be read as one get a space between the
 * colons: the text stays readable and the runner ignores it.
 */
export function neutraliseWorkflowCommands(text: string): string {
  return text.replace(/^([ \t]*):(?=:)/gm, '$1: ');
}
