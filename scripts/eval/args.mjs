// The scoreboard's command line: its options, the usage text, and the checks on their values.
// A wrong option ends the run with exit code 2 and a one-line reason before the usage.
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';

/** The dataset parts, in the order they run (real reuses the CUAD results). OCR needs no dataset. */
export const PARTS = ['claudette', 'lexglue', 'agb', 'cuad', 'real'];

export const USAGE = `usage: npm run eval [-- options]   (or: node scripts/eval.mjs [options] after npm run build)

  --json FILE         also write the raw numbers as JSON
  --only LIST         comma-separated subset of: ${PARTS.join(', ')}, ocr
  --jobs N            worker threads (default: available cores)
  --no-docs           do not rewrite docs/evaluation.md
  --no-model          skip the held-out fold models of the statistical second opinion
  --rules REGEX       only the built-in rules whose id matches (quick iteration; no docs)
  --profile-rules     also time each rule alone on a sample of documents
  --show-errors N     print up to N false positives / negatives per category to stderr
                      (corpus text, for local debugging only; never written to files)

Datasets: $KNEBEL_DATASETS, else ../shared/datasets next to the repository.`;

/** The options as parseArgs gives them; exits on an unknown or malformed option. */
export function readArgs() {
  try {
    return parseArgs({
      options: {
        json: { type: 'string' },
        only: { type: 'string' },
        jobs: { type: 'string' },
        'no-docs': { type: 'boolean', default: false },
        'no-model': { type: 'boolean', default: false },
        'profile-rules': { type: 'boolean', default: false },
        'show-errors': { type: 'string' },
        rules: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }).values;
  } catch (error) {
    console.error(`eval: ${error.message}\n\n${USAGE}`);
    process.exit(2);
  }
}

/** The parts asked for with --only (all of them, OCR too, without it). */
export const requestedParts = (args) => (args.only ? args.only.split(',').map((s) => s.trim()).filter(Boolean) : [...PARTS, 'ocr']);

/** Check the dataset parts, --show-errors and --jobs; exits on a wrong value. */
export function checkOptions(args, parts) {
  const bad = parts.filter((p) => !PARTS.includes(p));
  if (bad.length) {
    console.error(`eval: unknown part(s) ${bad.join(', ')}; choose from ${PARTS.join(', ')}`);
    process.exit(2);
  }
  const showErrors = args['show-errors'] === undefined ? 0 : Number(args['show-errors']);
  if (!Number.isInteger(showErrors) || showErrors < 0) {
    console.error('eval: --show-errors needs a whole number');
    process.exit(2);
  }
  const jobs = args.jobs === undefined ? Math.max(1, Math.min(availableParallelism(), 8)) : Number(args.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) {
    console.error('eval: --jobs needs a positive whole number');
    process.exit(2);
  }
  return { showErrors, jobs };
}
