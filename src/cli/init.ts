import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { ExitCode } from '../errors.js';
import { parseConfig } from '../policy/config.js';
import type { CliIO } from './context.js';

/** The starter config: JSON with comments (knebel reads // and /* *\/ comments and trailing commas). */
export function starterConfig(options: { jurisdiction?: string; locale?: 'de' | 'en' } = {}): string {
  const jurisdiction = options.jurisdiction ? `"jurisdiction": "${options.jurisdiction}",` : `// "jurisdiction": "de",`;
  const locale = options.locale ? `"locale": "${options.locale}",` : `// "locale": "de",`;
  return `// knebel configuration: read by \`knebel check\` and \`knebel diff\` in this folder and below.
// JSON with comments. Command-line options win over these settings.
// Reference: https://github.com/knebel/knebel#configuration
{
  "$schema": "./node_modules/knebel/schema/config.schema.json",

  // Law to judge by when a contract does not name it: de, at, ch, eu, uk, us, us-ca, us-ny, generic.
  // Leave it out to detect it per contract (governing-law clause, addresses, currency, language).
  ${jurisdiction}

  // Language of the messages: de or en. Default: each contract's own language.
  ${locale}

  // Policy for CI (exit code 1 when it fails):
  // fail when a contract scores below this freedom score (0-100) …
  "failUnder": 60,
  // … or has a finding of this severity or worse: critical, high, medium, low, info, none.
  "failOn": "critical",

  // Your own rule packs (folders of *.yml rules), relative to this file. See docs/rules.md.
  "rules": [],

  // Rules not to run at all, by id (\`knebel rules\` lists them).
  "disabledRules": [],

  // Which files \`knebel check FOLDER\` picks up, and what it skips (globs relative to this file;
  // a pattern without "/" matches at any depth).
  // "include": ["**/*.pdf", "**/*.docx"],
  "exclude": ["**/drafts/**"],

  // Accepted findings. Each one stays in every report, marked as suppressed with its reason,
  // and costs no points. "files" is a glob relative to this file; "text" (optional) limits it
  // to findings whose quoted clause contains these words.
  "suppressions": [
    // {
    //   "rule": "notice-period",
    //   "files": "contracts/legacy/**",
    //   "text": "drei Monate",
    //   "reason": "Grandfathered B2B contracts, approved by Legal (ticket LEGAL-123) until 2026-12-31"
    // }
  ]
}
`;
}

export async function runInit(options: { file: string; jurisdiction?: string; locale?: 'de' | 'en'; force?: boolean }, io: CliIO): Promise<number> {
  if (!['knebel.config.json', '.knebelrc.json'].includes(basename(options.file))) {
    io.stderr.write(`knebel: error: the config must be named knebel.config.json or .knebelrc.json to be found (got ${options.file})\n`);
    return ExitCode.usage;
  }
  if (existsSync(options.file) && !options.force) {
    io.stderr.write(`knebel: error: ${options.file} already exists: edit it, or pass --force to overwrite it\n`);
    return ExitCode.usage;
  }
  const text = starterConfig(options);
  parseConfig(text, options.file); // the starter must always be valid
  try {
    await writeFile(options.file, text);
  } catch (error) {
    io.stderr.write(`knebel: error: cannot write ${options.file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`);
    return ExitCode.usage;
  }
  io.stdout.write(`wrote ${options.file}: edit the thresholds and suppressions, then run \`knebel check\`\n`);
  return ExitCode.ok;
}
