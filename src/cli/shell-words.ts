/**
 * Split a string into arguments the way a POSIX shell splits words: white space (also new lines)
 * separates, single quotes keep everything literally, double quotes keep all but `\"`, `\\`, `\$`
 * and `` \` ``, a backslash outside quotes escapes the next character. Nothing is expanded: no
 * variables, no globs (`"**\/drafts/**"` stays one argument, without its quotes). Used by the
 * GitHub Action for its `args` input, which a bash word split got wrong.
 */
export function splitShellWords(input: string): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let quote: "'" | '"' | null = null;
  for (let i = 0; i < input.length; i++) {
    const c = input[i];
    if (quote === "'") {
      if (c === "'") quote = null;
      else word += c;
    } else if (quote === '"') {
      if (c === '"') quote = null;
      else if (c === '\\' && i + 1 < input.length && '"\\$`\n'.includes(input[i + 1])) {
        i++;
        if (input[i] !== '\n') word += input[i];
      } else word += c;
    } else if (c === "'" || c === '"') {
      quote = c;
      inWord = true;
    } else if (c === '\\' && i + 1 < input.length) {
      i++;
      if (input[i] !== '\n') {
        word += input[i];
        inWord = true;
      }
    } else if (/\s/.test(c)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else {
      word += c;
      inWord = true;
    }
  }
  if (quote) throw new Error(`unterminated ${quote === '"' ? 'double' : 'single'} quote in: ${input}`);
  if (inWord) words.push(word);
  return words;
}
