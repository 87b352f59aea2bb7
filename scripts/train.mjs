// `npm run train`: the shipped weights of the statistical second opinion, models/<lang>.bin,
// trained on the CLAUDETTE multilingual corpus (CC BY 4.0, see NOTICE) and nothing else: never on
// AGB-DE, the LexGLUE sample or the real-contracts set. Deterministic: the same corpus gives the
// same bytes (the test suite checks the trainer on a small corpus; `--check` compares a fresh
// training with the committed files).
//
// Datasets: $KNEBEL_DATASETS, else ../shared/datasets next to the repository.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { claudetteSentences, trainingSentences } from './eval/model-folds.mjs';
import { CATEGORY_TAGS, loadFeatures, train } from './lib/trainer.mjs';
import { chooseCombination, ruleMasks } from './lib/combine.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const MAX_BYTES = 2 * 1024 * 1024; // per language (issue 13)

/** Model in the weight-file layout of src/classifier/weights.ts. */
export async function weightFile(model) {
  const { encodeWeights } = await import(pathToFileURL(join(ROOT, 'dist', 'classifier', 'weights.js')).href);
  return encodeWeights({
    hashes: model.hashes,
    idf: model.idfSteps,
    weights: model.weights,
    scales: Float32Array.from(model.scales),
    bias: Float32Array.from(model.bias),
    thresholds: Float32Array.from(model.thresholds),
    categories: CATEGORY_TAGS.length,
  });
}

async function main() {
  const { values: args } = parseArgs({ options: { check: { type: 'boolean', default: false }, lang: { type: 'string' } } });
  const corpus = join(resolve(process.env.KNEBEL_DATASETS || join(ROOT, '..', 'shared', 'datasets')), 'claudette-multilingual');
  if (!existsSync(join(corpus, 'sentences.jsonl'))) {
    console.log(`train: CLAUDETTE corpus not found at ${corpus}, skipping (the committed weights stay as they are)`);
    return;
  }
  if (!existsSync(join(ROOT, 'dist', 'classifier', 'features.js'))) {
    console.error('train: dist/ is missing: run `npm run build` first (or use `npm run train`)');
    process.exit(2);
  }
  const features = await loadFeatures(ROOT);
  let stale = 0;
  const combinationPath = join(ROOT, 'models', 'combination.json');
  const committed = existsSync(combinationPath) ? JSON.parse(readFileSync(combinationPath, 'utf8')) : {};
  const combinations = { ...committed };
  for (const lang of args.lang ? [args.lang] : ['en', 'de']) {
    const started = performance.now();
    const { cueMask } = await import(pathToFileURL(join(ROOT, 'dist', 'classifier', 'cues.js')).href);
    const all = claudetteSentences(corpus, lang);
    const sentences = trainingSentences(all, lang, cueMask);
    const model = train(features, sentences, { keepOutOfFold: true });
    combinations[lang] = await combination(all, sentences, model, lang);
    const bytes = await weightFile(model);
    if (bytes.length > MAX_BYTES) throw new Error(`${lang}: ${bytes.length} bytes of weights, over the 2 MB budget`);
    const path = join(ROOT, 'models', `${lang}.bin`);
    const sha = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
    const summary = `${lang}: ${sentences.length} sentences, ${model.hashes.length} features, ${(bytes.length / 1024).toFixed(0)} KB, sha256 ${sha}, thresholds ${model.thresholds.map((t) => t.toFixed(3)).join(' ')} (${CATEGORY_TAGS.join(' ')}), thresholds with the rules ${combinations[lang].add.join(' ')}, ${((performance.now() - started) / 1000).toFixed(0)} s`;
    if (args.check) {
      const same = existsSync(path) && Buffer.compare(readFileSync(path), Buffer.from(bytes)) === 0;
      if (!same) stale++;
      console.log(`${summary}: ${same ? 'matches' : 'DIFFERS FROM'} models/${lang}.bin`);
      continue;
    }
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(`${path}.tmp`, bytes);
    renameSync(`${path}.tmp`, path);
    console.log(summary);
  }
  const text = `${JSON.stringify(Object.fromEntries(Object.keys(combinations).sort().map((l) => [l, combinations[l]])), null, 2)}\n`;
  if (args.check) {
    const same = existsSync(combinationPath) && readFileSync(combinationPath, 'utf8') === text;
    if (!same) stale++;
    console.log(`combination of rules and model: ${same ? 'matches' : 'DIFFERS FROM'} models/combination.json`);
  } else {
    writeFileSync(`${combinationPath}.tmp`, text);
    renameSync(`${combinationPath}.tmp`, combinationPath);
    console.log(`combination of rules and model written to models/combination.json`);
  }
  if (stale) process.exit(1);
}

/**
 * How rules and model combine (scripts/lib/combine.mjs), chosen on the trainer's inner
 * out-of-fold probabilities and what the built-in rules flag on the same corpus. It depends on
 * the rules: after changing a rule of a model category, run `npm run train` again.
 */
async function combination(all, sentences, model, lang) {
  const { cueMask, MIN_PROBABILITY } = await import(pathToFileURL(join(ROOT, 'dist', 'classifier', 'cues.js')).href);
  const { withoutFairVariants } = await import(pathToFileURL(join(ROOT, 'dist', 'classifier', 'fair-variants.js')).href);
  const masks = await ruleMasks(ROOT, all, lang);
  const at = new Map(all.map((s, i) => [s, i]));
  const read = new Set(sentences);
  const rows = sentences.map((s, j) => ({ labels: s.labels, rules: masks[at.get(s)], cue: cueMask(s.text.toLowerCase(), lang), fair: withoutFairVariants(255, s.text, lang), p: model.outOfFold[j] }));
  const others = all.filter((s) => !read.has(s)).map((s) => ({ labels: s.labels, rules: masks[at.get(s)] }));
  // the rules these thresholds were chosen with; test/combination-fingerprint.test.ts compares it with the rules of today
  const { rulesFingerprint } = await import(pathToFileURL(join(ROOT, 'dist', 'classifier', 'rules-fingerprint.js')).href);
  const { loadBuiltinRules, builtinWords } = await import(pathToFileURL(join(ROOT, 'dist', 'rules', 'load.js')).href);
  return { ...chooseCombination(rows, others, CATEGORY_TAGS.length, MIN_PROBABILITY), rules: rulesFingerprint(loadBuiltinRules(), builtinWords()[lang], lang) };
}

const isEntryPoint = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isEntryPoint) {
  main().catch((error) => {
    console.error(`train: ${error.stack ?? error}`);
    process.exit(1);
  });
}
