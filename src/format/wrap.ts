/** Word-wrap plain text to `width` columns, prefixing every line with `indent`. */
export function wrap(text: string, width: number, indent = ''): string {
  const max = Math.max(20, width - indent.length);
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/ +/)) {
      const visible = (s: string) => s.replace(/[\uE000\uE001]/g, '').length;
      if (line && visible(line) + 1 + visible(word) > max) {
        lines.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    lines.push(line);
  }
  return lines.map((l) => indent + l).join('\n');
}
