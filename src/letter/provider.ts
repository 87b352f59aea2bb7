/**
 * The provider's name and postal address for the letter, read from the contract's letterhead:
 * the first line near the top that names a company with its legal form ("FitWerk Studios GmbH ·
 * Hafenwinkel 14 · 10179 Berlin"), cut before register, phone and tax details. A heuristic:
 * `--provider` overrides it, and when nothing fits the letter shows a placeholder.
 */
const LEGAL_FORM = /\b(?:GmbH(?: & Co\. KG)?|gGmbH|AG|eG|e\.\s?V\.|KG|OHG|UG|SE|Ltd\.?|Limited|LLC|LLP|Inc\.?|CIC|plc|PLC|Corp\.?)(?=$|[\s,·|])/;
const STOP = /\b(?:Amtsgericht|Handelsregister|HRB|HRA|Registergericht|Registered|Company\s+no|Telefon|Tel\.|Phone|E-?Mail|Fax|USt|VAT|Geschäftsführ|Vorstand|Director|www\.|https?:)/i;
const SEPARATORS = /\s+[·|•]\s+|\s{2,}|\t/;

export function findProvider(text: string): string[] | null {
  const head = text.slice(0, 2500).split('\n');
  for (const rawLine of head) {
    const line = rawLine.trim();
    if (!LEGAL_FORM.test(line) || line.length > 400) continue;
    const parts = line.split(SEPARATORS).map((p) => p.trim());
    const nameIndex = parts.findIndex((p) => LEGAL_FORM.test(p));
    if (nameIndex < 0) continue;
    let name = parts[nameIndex];
    const stopInName = STOP.exec(name);
    if (stopInName) name = name.slice(0, stopInName.index).trim();
    // a name that is a whole sentence is not a letterhead
    if (name.split(/\s+/).length > 7 || /[:„“"]/.test(name)) continue;
    const address: string[] = [];
    for (const part of parts.slice(nameIndex + 1)) {
      const stop = STOP.exec(part);
      const kept = (stop ? part.slice(0, stop.index) : part).trim().replace(/[,;]$/, '');
      if (kept && /\d/.test(kept)) address.push(kept);
      if (stop || !/\d/.test(kept)) break;
    }
    if (address.length) return [name, ...address];
  }
  return null;
}
