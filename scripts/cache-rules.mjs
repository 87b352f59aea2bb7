// Part of `npm run build`: work out once what every run would otherwise redo at start-up.
//  - the built-in rule files, parsed (YAML parsing cost about a third of a second of CPU);
//  - the required literals of every built-in expression (src/prefilter/literals.ts; ~100 ms);
//  - `knebel --help` as printed when the output is not a terminal (src/cli/quick.ts).
// Stale entries (edited rule files, changed expressions) are redone at run time.
import { writeFileSync } from 'node:fs';
import { buildRuleCache, loadBuiltinRules, RULE_CACHE_FILE } from '../dist/rules/load.js';
import { LANGUAGE_PACKS } from '../dist/lang/index.js';
import { findDurations } from '../dist/facts/find-durations.js';
import { detectContext } from '../dist/context/index.js';
import { analysedLiterals, LITERAL_CACHE_FILE } from '../dist/prefilter/literals.js';
import { main } from '../dist/cli/main.js';
import { HELP_FILE } from '../dist/cli/quick.js';

const cache = buildRuleCache();
writeFileSync(RULE_CACHE_FILE, JSON.stringify(cache));
console.log(`cached ${Object.keys(cache.rules).length} rule files in ${RULE_CACHE_FILE}`);

// construct every guarded expression once: rules, language packs (units compile on first use), cues
loadBuiltinRules();
for (const pack of Object.values(LANGUAGE_PACKS)) findDurations('12 Monate', pack);
detectContext('', 'de');
const literals = analysedLiterals();
writeFileSync(LITERAL_CACHE_FILE, JSON.stringify(literals));
console.log(`cached the literals of ${Object.keys(literals).length} expressions in ${LITERAL_CACHE_FILE}`);

// the help exactly as the CLI prints it to a pipe (commander: 80 columns when not on a terminal)
let help = '';
const capture = { write: (chunk) => { help += chunk; return true; }, isTTY: false };
await main(['node', 'knebel', '--help'], { stdout: capture, stderr: process.stderr, stdin: process.stdin, env: process.env });
writeFileSync(HELP_FILE, help);
console.log(`cached --help (${help.length} characters) in ${HELP_FILE.pathname}`);
