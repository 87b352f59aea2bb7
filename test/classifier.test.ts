import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { knebel, knebelJson, ROOT } from './helpers.js';
// the trainer of `npm run train` and `npm run eval`, over the compiled feature code in dist/
import { CATEGORY_TAGS, labelsOf, loadFeatures, predictCounts, sentenceCounts, train } from '../scripts/lib/trainer.mjs';
import { weightFile } from '../scripts/train.mjs';
import { decodeWeights } from '../src/classifier/weights.js';
import { featureText, loadModel, probabilities } from '../src/classifier/score.js';
import { withoutFairVariants } from '../src/classifier/fair-variants.js';

/** A small corpus in our own words: liability (ltd) and provider termination (ter) against neutral sentences. */
function corpus() {
  const unfair: [string, string][] = [
    ['ltd2', 'The company is not liable for any loss or damage arising from use of the app.'],
    ['ltd2', 'We accept no liability for lost data, lost profits or any other damage.'],
    ['ltd2', 'In no case shall the provider be liable for damages of any kind.'],
    ['ter2', 'We may terminate your account at any time without giving a reason.'],
    ['ter2', 'The provider may suspend or close accounts at its sole discretion.'],
    ['ter3', 'We can end your access whenever we like and without notice.'],
  ];
  const neutral = [
    'The monthly fee is payable in advance by card.',
    'You can reach our support team by email on weekdays.',
    'These terms are available in English and German.',
    'Your notes are stored on servers in the European Union.',
    'The app works on phones, tablets and computers.',
    'We send a receipt after every payment.',
  ];
  const sentences: { doc: string; text: string; labels: number }[] = [];
  for (let d = 0; d < 6; d++) {
    for (const [tag, text] of unfair) sentences.push({ doc: `doc${d}`, text: d % 2 ? text.replace('app', 'service') : text, labels: labelsOf([tag]) });
    for (const text of neutral) sentences.push({ doc: `doc${d}`, text: d % 3 ? text : `${text} Thank you.`, labels: 0 });
  }
  return sentences;
}

const SMALL = { epochs: 4, minDf: 1, innerFolds: 3 };

describe('statistical second opinion: trainer and scorer', () => {
  it('gives the same bytes for the same sentences', async () => {
    const features = await loadFeatures(ROOT);
    const a = await weightFile(train(features, corpus(), SMALL));
    const b = await weightFile(train(features, corpus(), SMALL));
    expect(a.length).toBeGreaterThan(1000);
    expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).toBe(0);
    // and a different corpus gives different weights (the test can fail)
    const c = await weightFile(train(features, corpus().slice(1), SMALL));
    expect(Buffer.compare(Buffer.from(a), Buffer.from(c))).not.toBe(0);
  });

  it('scores sentences at run time exactly as the trainer does, from the weight file', async () => {
    const features = await loadFeatures(ROOT);
    const model = train(features, corpus(), SMALL);
    const runtime = loadModel(decodeWeights(await weightFile(model)));
    const out = new Float64Array(CATEGORY_TAGS.length);
    const ltd = CATEGORY_TAGS.indexOf('ltd');
    const sentences = [
      'Our company is not liable for damage to your phone.',
      'Payments are taken on the first day of each month.',
      'We may close your account at our discretion.',
      'Ein Satz auf Deutsch über Haftung für Schäden.',
    ];
    for (const text of sentences) {
      const expected = predictCounts(model, sentenceCounts(features, text));
      probabilities(runtime, featureText(text), (1 << CATEGORY_TAGS.length) - 1, out);
      for (let c = 0; c < CATEGORY_TAGS.length; c++) expect(out[c]).toBeCloseTo(expected[c], 9);
    }
    // it learnt something: the liability sentence outranks the payment sentence for liability
    const p = sentences.map((text) => predictCounts(model, sentenceCounts(features, text))[ltd]);
    expect(p[0]).toBeGreaterThan(p[1]);
  });
});

describe('statistical second opinion: fair variants silence the model', () => {
  const ltd = 1 << CATEGORY_TAGS.indexOf('ltd');
  const ter = 1 << CATEGORY_TAGS.indexOf('ter');
  it('keeps the lawful wordings silent and the unfair ones scored', () => {
    // our own wordings: lawful carve-outs and rights of both sides…
    expect(withoutFairVariants(ltd, 'Nothing in these terms limits what we owe you if our negligence causes injury.', 'en')).toBe(0);
    expect(withoutFairVariants(ltd, 'We are responsible for harm to your things that our staff cause.', 'en')).toBe(0);
    expect(withoutFairVariants(ltd, 'Für Schäden an Leben, Körper oder Gesundheit haften wir unbeschränkt nach den gesetzlichen Vorschriften.', 'de')).toBe(0);
    expect(withoutFairVariants(ltd, 'Bei einfacher Fahrlässigkeit haften wir nur bei Verletzung wesentlicher Pflichten, höchstens für den vorhersehbaren Schaden.', 'de')).toBe(0);
    expect(withoutFairVariants(ter, 'Jede Seite kann den Vertrag mit einer Frist von vier Wochen beenden.', 'de')).toBe(0);
    expect(withoutFairVariants(ter, 'Das Recht beider Seiten zur Kündigung aus wichtigem Grund bleibt unberührt.', 'de')).toBe(0);
    expect(withoutFairVariants(ter, 'Either party may end this agreement with one month of notice.', 'en')).toBe(0);
    expect(withoutFairVariants(ter, 'Haben Sie ein Jahresabo, können Sie es jederzeit zum Ende der Laufzeit kündigen.', 'de')).toBe(0);
    expect(withoutFairVariants(ter, 'Der Verein kann die Mitgliedschaft unter Wahrung einer Frist von sechs Wochen beenden.', 'de')).toBe(0);
    expect(withoutFairVariants(ter, 'Ein ruhendes Konto schließen wir erst, nachdem wir Sie zwei Monate vorher benachrichtigt haben.', 'de')).toBe(0);
    expect(withoutFairVariants(ter, 'Once the first year is over, the plan runs monthly and can be ended any time with a month’s notice.', 'en')).toBe(0);
    expect(withoutFairVariants(ter, 'Subscribers can end the plan online whenever they like.', 'en')).toBe(0);
    expect(withoutFairVariants(ter, 'The monthly pass may be cancelled at any time in the app.', 'en')).toBe(0);
    expect(withoutFairVariants(ter, 'Als Mitglied haben Sie zudem das Recht, Ihr Abo ohne Angabe von Gründen zu kündigen.', 'de')).toBe(0);
    expect(withoutFairVariants(ter, 'Wir dürfen Ihr Profil nur sperren, wenn Sie die Hausordnung verletzen.', 'de')).toBe(0);
    // …and the near misses that stay for the model to judge
    expect(withoutFairVariants(ter, 'Your pass may be cancelled by us at any time if we stop the service.', 'en')).toBe(ter);
    expect(withoutFairVariants(ltd, 'Our liability is capped at the fees you paid us in the last month.', 'en')).toBe(ltd);
    expect(withoutFairVariants(ter, 'We can close the account at once, without any notice.', 'en')).toBe(ter);
    expect(withoutFairVariants(ltd, 'We are not responsible for any harm to your things, however caused.', 'en')).toBe(ltd);
    expect(withoutFairVariants(ltd, 'Wir haften nicht für Schäden, gleich aus welchem Grund.', 'de')).toBe(ltd);
    expect(withoutFairVariants(ter, 'Wir können Ihr Konto jederzeit ohne Grund sperren.', 'de')).toBe(ter);
    expect(withoutFairVariants(ter, 'Die Mitgliedschaft gehört uns: wir können sie jederzeit kündigen.', 'de')).toBe(ter);
    expect(withoutFairVariants(ter, 'Wir dürfen Ihr Profil nicht nur sperren, sondern auch ohne Grund löschen.', 'de')).toBe(ter);
    expect(withoutFairVariants(ter | ltd, 'We may close your account whenever we wish.', 'en')).toBe(ter | ltd);
  });
});

describe('statistical second opinion through the CLI', () => {
  const fixture = 'test/model/statistical-match.txt';
  const shipped = existsSync(join(ROOT, 'models', 'en.bin'));

  it.skipIf(!shipped)('reports a model finding with its sentence, probability and deciding words, and none with --no-model', () => {
    const { code, report } = knebelJson([fixture]);
    expect(code).toBe(0);
    const doc = report.documents[0];
    const model = doc.findings.filter((f: { source?: string }) => f.source === 'model');
    expect(model.length).toBeGreaterThan(0);
    const f = model.find((x: { category: string }) => x.category === 'liability');
    expect(f.ruleId).toBe('model-liability');
    expect(f.severity).toBe('low'); // one step below the liability rule's default (medium)
    expect(f.model.probability).toBeGreaterThan(0.5);
    expect(f.model.ngrams.length).toBeGreaterThan(0);
    expect(f.evidence.text).toContain('cannot be held answerable');
    expect(f.evidence.section).toBe('2');
    expect(f.evidence.page).toBe(1);
    expect(f.title).toContain('statistical match');
    expect(f.legalBasis.length).toBeGreaterThan(0);
    expect(f.suggestion.length).toBeGreaterThan(20);

    const off = knebelJson(['--no-model', fixture]);
    expect(off.report.documents[0].findings.filter((x: { source?: string }) => x.source === 'model')).toEqual([]);
    expect(off.report.documents[0].score).toBeGreaterThan(doc.score);

    const text = knebel(['check', fixture]);
    expect(text.stdout).toContain('statistical match');
  }, 120_000);

  it.skipIf(!shipped)('reads the weights for an analysis but not for --help', () => {
    // a preload that reports every read of a weight file (NODE_OPTIONS reaches the worker processes too)
    // (worker processes do not share our stderr: the hook appends to a trace file)
    const trace = join(mkdtempSync(join(tmpdir(), 'knebel-model-')), 'reads.txt');
    const hook = `data:text/javascript,${encodeURIComponent(
      "import fs from 'node:fs'; import { syncBuiltinESMExports } from 'node:module'; const read = fs.readFileSync; fs.readFileSync = function (p, ...a) { if (String(p).includes('/models/')) fs.appendFileSync(process.env.KNEBEL_TEST_TRACE, String(p) + '\\n'); return read.call(this, p, ...a); }; syncBuiltinESMExports();",
    )}`;
    const env = { NODE_OPTIONS: `--import=${hook}`, KNEBEL_TEST_TRACE: trace };
    const reads = () => (existsSync(trace) ? readFileSync(trace, 'utf8') : '');
    const help = knebel(['--help'], { env });
    expect(help.code).toBe(0);
    const checkHelp = knebel(['check', '--help'], { env });
    expect(checkHelp.stdout).toContain('--no-model');
    expect(reads()).toBe('');
    const run = knebel(['check', fixture], { env });
    expect(run.code).toBe(0);
    expect(reads()).toContain('models/en.bin');
  }, 120_000);
});

describe('rules and model combined: chosen in training, applied alike at run time', () => {
  it('chooses the model threshold for the best F1 of rules and model together', async () => {
    const { chooseCombination, combinedVerdict } = await import('../scripts/lib/combine.mjs');
    // category 0: the rules catch two sentences; of the rest, the model scores a true one 0.8 and a wrong one 0.5
    const row = (labels: number, rules: number, p: number) => ({ labels, rules, cue: 1, fair: 1, p: [p] });
    const rows = [row(1, 1, 0.9), row(1, 1, 0.2), row(1, 0, 0.8), row(0, 0, 0.5), row(0, 0, 0.1)];
    const chosen = chooseCombination(rows, [], 1, 0.3);
    expect(chosen.add[0]).toBe(0.55); // the least threshold that adds the 0.8 sentence but not the 0.5 one
    expect(rows.map((r) => combinedVerdict(r, 0, chosen.add[0]))).toEqual([true, true, true, false, false]);
    // without the cue, or on a fair variant, the model adds nothing; a rule's finding always stands
    expect(combinedVerdict({ ...rows[2], cue: 0 }, 0, 0.55)).toBe(false);
    expect(combinedVerdict({ ...rows[2], fair: 0 }, 0, 0.55)).toBe(false);
    expect(combinedVerdict({ ...rows[1], cue: 0 }, 0, 0.99)).toBe(true);
    // the rules' wrong findings on sentences the model never reads count too: the floor stays when nothing beats it
    expect(chooseCombination([row(1, 0, 0.95)], [{ labels: 0, rules: 1 }], 1, 0.3).add[0]).toBe(0.3);
  });

  it('uses the threshold chosen with the rules at run time', async () => {
    const { secondOpinion } = await import('../src/classifier/index.js');
    const { loadRules } = await import('../src/rules/load.js');
    const features = await loadFeatures(ROOT);
    const model = loadModel(decodeWeights(await weightFile(train(features, corpus(), SMALL))));
    // our own sentence, worded like the corpus's liability sentences
    const text = 'The company is not liable for any loss or damage arising from use of the service.';
    const clauses = [{ index: 0, section: null, heading: null, isHeading: false, start: 0, end: text.length, text, page: 1, sentences: [{ start: 0, end: text.length, text }] }];
    const input = { language: 'en' as const, clauses, ruleHits: [], rules: loadRules(), jurisdiction: 'eu', contractType: 'other', model };
    const out = new Float64Array(CATEGORY_TAGS.length);
    probabilities(model, featureText(text), 0xff, out);
    const ltd = CATEGORY_TAGS.indexOf('ltd');
    expect(out[ltd]).toBeGreaterThan(0.5);
    const at = (p: number) => ({ add: CATEGORY_TAGS.map((_, c) => (c === ltd ? p : 0.99)) });
    expect(secondOpinion({ ...input, combination: at(0.3) }).map((h) => h.rule.category)).toEqual(['liability']);
    expect(secondOpinion({ ...input, combination: at(Math.min(0.999, out[ltd] + 0.001)) })).toEqual([]);
  });
});
