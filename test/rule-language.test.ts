import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { covers, JURISDICTIONS, EU_MEMBER_STATES, jurisdictionProblem } from '../src/model/jurisdiction.js';
import { compilePhrase, phraseFragment } from '../src/rules/phrase.js';
import { WordSets } from '../src/rules/words.js';
import { loadRules } from '../src/rules/load.js';
import { knebel, knebelJson } from './helpers.js';

const sets = new WordSets('en', { PRICE: ['price*', 'fee', 'fees'], RAISE: ['increase', 'raise'], MAY: ['may', 'reserves the right to'] });
const phrase = (text: string) => new RegExp(compilePhrase(text, sets.fragment, 'javascript'), 'iu');

describe('phrase patterns', () => {
  it('match words in order with bounded gaps, sets, alternatives and optional words', () => {
    const p = phrase('we {MAY} …3 {RAISE} [the] {PRICE}');
    expect(p.exec('Note: we may at any time raise the fees.')?.[0]).toBe('we may at any time raise the fees');
    expect(p.test('we may, at our discretion, increase prices')).toBe(true);
    expect(p.test('we may from time to time and at will raise fees')).toBe(false); // gap of 6 words > 3
    expect(p.test('we may raise feeds')).toBe(false); // "fees" is a whole word; "price*" a stem
    expect(phrase('(cancel | terminate) …1 online').test('you can terminate it online')).toBe(true);
  });

  it('start and end at word boundaries, stems and compounds included', () => {
    const de = new WordSets('de', { PRICE: ['*preis*', '*beitrag*'] });
    const p = new RegExp(compilePhrase('{PRICE} …2 erhöhen', de.fragment, 'javascript'), 'iu');
    expect(p.exec('Wir können Monatsbeiträge jederzeit erhöhen')).toBeNull(); // "beiträge" ≠ "beitrag"
    expect(p.exec('Die Abopreise dürfen wir erhöhen.')?.[0]).toBe('Abopreise dürfen wir erhöhen');
    expect(p.test('Die Preise erhöhenswert')).toBe(false);
  });

  it('join words, sets and groups written without a space into one word (German compounds)', () => {
    const de = new WordSets('de', { FEE_PART: ['gebühr*', 'pauschale*'] });
    const p = new RegExp(compilePhrase('(Kündigungs | *austritts){FEE_PART} …3 fällig', de.fragment, 'javascript'), 'iu');
    expect(p.exec('Die Kündigungsgebühr wird sofort fällig')?.[0]).toBe('Kündigungsgebühr wird sofort fällig');
    expect(p.test('Die Vereinsaustrittspauschale ist fällig')).toBe(true);
    expect(p.test('Die Kündigungs gebühr ist fällig')).toBe(false); // a compound, not two words
    expect(p.test('Die Kündigungsfrist ist fällig')).toBe(false);
    // a gap or an optional part never glues: "Preis…2" is still a word and a gap
    expect(phrase('fee…2 {RAISE}').test('fee we may increase')).toBe(true);
  });

  it('quote only the words marked <…>, in both engines', async () => {
    const { compileEntry } = await import('../src/rules/compile-rule.js');
    for (const engine of ['javascript', 'linear'] as const) {
      const p = compileEntry('{PRICE} …3 <{RAISE} at will> …2 notice', 'phrase', sets, engine);
      const m = p.exec('The fees we may raise at will without notice.');
      expect(m?.[0], engine).toBe('raise at will');
      expect(m?.index, engine).toBe(16);
    }
  });

  it('refuse what they cannot read, naming the problem', () => {
    expect(() => phraseFragment('{NOPE} fee', sets.fragment)).toThrow(/no word set \{NOPE\}/);
    expect(() => phraseFragment('… fee', sets.fragment)).toThrow(/gap/);
    expect(() => phraseFragment('(fee | price', sets.fragment)).toThrow(/not closed/);
    expect(() => phraseFragment('fee …99 price', sets.fragment)).toThrow(/1 to 40/);
    expect(() => new WordSets('en', { A: ['{A} x'] }).fragment('A')).toThrow(/itself/);
  });

  it('compile for RE2 without lookaround, matching the same words', () => {
    const source = compilePhrase('we {MAY} …3 {RAISE} [the] {PRICE}', sets.fragment, 're2');
    expect(source).not.toMatch(/\(\?<?[=!]/);
  });
});

describe('one jurisdiction model', () => {
  it('knows the 27 EU member states, the US states, and keeps uk, ch and at apart', () => {
    expect(EU_MEMBER_STATES).toHaveLength(27);
    expect(EU_MEMBER_STATES).not.toContain('uk');
    for (const id of ['fr', 'de', 'at', 'pl', 'ie']) expect(covers('eu', id)).toBe(true);
    for (const id of ['uk', 'ch', 'us', 'generic']) expect(covers('eu', id)).toBe(false);
    expect(covers('us', 'us-ca') && covers('us', 'us-ny')).toBe(true);
    expect(covers('de', 'at') || covers('at', 'de') || covers('us-ca', 'us')).toBe(false);
    expect(JURISDICTIONS).toContain('generic');
    expect(jurisdictionProblem('xx')).toMatch(/unknown jurisdiction "xx"; known ids: generic, eu, at/);
  });

  it('flags a unilateral price change under -j eu and -j fr alike; -j xx and a config with xx exit 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'knebel-j-'));
    const file = join(dir, 'terms.txt');
    writeFileSync(file, 'Subscription terms\n\n1. Prices\n\nWe may increase our subscription fees at any time at our sole discretion.\n');
    for (const j of ['eu', 'fr']) {
      const { report } = knebelJson(['-j', j, file]);
      expect(report.documents[0].findings.map((f: { ruleId: string; severity: string }) => `${f.ruleId}:${f.severity}`)).toContain('price-change-unilateral:high');
    }
    const bad = knebel(['check', '-j', 'xx', file]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/known ids: generic, eu/);
    writeFileSync(join(dir, 'knebel.config.json'), '{ "jurisdiction": "xx" }');
    const config = knebel(['check', '--config', join(dir, 'knebel.config.json'), file]);
    expect(config.code).toBe(2);
    expect(config.stderr).toMatch(/jurisdiction.*known ids/);
  });
});

const userRule = (id: string, extra: string) => `id: ${id}
category: fees
kind: phrase
${extra}
title: { de: Servicepauschale, en: Service fee }
match:
  patterns:
    de: ['Servicepauschale …6 {PRICE}', 'Servicepauschale']
    en: ['service fee']
severity:
  - level: low
message: { de: 'Pauschale', en: 'Service fee' }
explanation: { de: 'Kostet extra.', en: 'Costs extra.' }
suggestion: { de: 'Inklusive.', en: 'Included.' }
examples:
  flag: { de: ['Es fällt eine Servicepauschale an.'], en: ['A service fee applies.'] }
  pass: { de: ['Alles inklusive.'], en: ['All included.'] }
`;

function pack(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'knebel-pack-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

describe('user rules next to built-in rules', () => {
  const contract = 'Vertrag\n\n§ 3 Gebühren\n\nZusätzlich wird eine Servicepauschale in Höhe von 24,90 € jährlich berechnet.\n';

  it('report both when a user rule and a built-in rule of the same category find the same clause', () => {
    const dir = pack({ 'service-fee.yml': userRule('service-fee', ''), 'terms.txt': contract });
    const { report } = knebelJson(['--rules', dir, '-j', 'de', join(dir, 'terms.txt')]);
    const ids = report.documents[0].findings.map((f: { ruleId: string }) => f.ruleId);
    expect(ids).toContain('service-fee');
    expect(ids).toContain('fees-service-flat');
  });

  it('let a user rule replace a built-in rule, and refuse to replace a rule that does not exist', () => {
    const dir = pack({ 'service-fee.yml': userRule('service-fee', 'replaces: fees-service-flat'), 'terms.txt': contract });
    const { report } = knebelJson(['--rules', dir, '-j', 'de', join(dir, 'terms.txt')]);
    const ids = report.documents[0].findings.map((f: { ruleId: string }) => f.ruleId);
    expect(ids).toContain('service-fee');
    expect(ids).not.toContain('fees-service-flat');
    expect(() => loadRules([pack({ 'service-fee.yml': userRule('service-fee', 'replaces: no-such-rule') })])).toThrow(/not a built-in rule/);
  });

  it('let a pack add word sets and extend a built-in rule', () => {
    const words = 'SERVICE_FEE: [Servicepauschale, Bearbeitungspauschale, "{PRICE}"]\n';
    const derived = `id: my-price-change
extends: price-change-unilateral
severity:
  - level: info
examples:
  flag: { de: ['Wir können die Preise jederzeit erhöhen.'], en: ['We may raise our prices at any time.'] }
  pass: { de: ['Der Preis ist fest.'], en: ['The price is fixed.'] }
`;
    const dir = pack({ 'words/de.yml': words, 'fee.yml': userRule('fee', '').replace("'Servicepauschale …6 {PRICE}'", "'{SERVICE_FEE}'").replace('id: fee', 'id: fee'), 'my-price-change.yml': derived });
    const rules = loadRules([dir]);
    expect(rules.find((r) => r.id === 'my-price-change')?.lineage).toEqual(['price-change-unilateral']);
    expect(rules.find((r) => r.id === 'fee')?.compiled.patterns.de[0].test('eine Bearbeitungspauschale')).toBe(true);
    // a pack's own {PRICE} takes the built-in one's place for the pack's rules
    const own = loadRules([pack({ 'words/de.yml': 'PRICE: [Handtuchgeld]\n', 'fee.yml': userRule('fee', '') })]).find((r) => r.id === 'fee');
    expect(own?.compiled.patterns.de[0].test('Servicepauschale und Handtuchgeld')).toBe(true);
    expect(own?.compiled.patterns.de[0].test('Servicepauschale und Preis')).toBe(false);
  });
});

describe('knebel rules test', () => {
  it('passes the built-in pack', () => {
    const result = knebel(['rules', 'test', 'rules']);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/examples of \d+ rules pass/);
    expect(result.code).toBe(0);
  });

  it('fails a copy of the pack with a wrong must-flag example, naming file, line and rule', () => {
    const dir = mkdtempSync(join(tmpdir(), 'knebel-copy-'));
    cpSync(join(process.cwd(), 'rules', 'words'), join(dir, 'words'), { recursive: true });
    for (const id of ['price-change-unilateral', 'price-change-with-exit']) cpSync(join(process.cwd(), 'rules', `${id}.yml`), join(dir, `${id}.yml`));
    const file = join(dir, 'price-change-with-exit.yml');
    const wrong = 'Wir können die Preise ändern. Ein Kündigungsrecht besteht nicht.';
    writeFileSync(file, readFileSync(file, 'utf8').replace(/(flag:\n    de:\n      - ).*\n/, `$1'${wrong}'\n`));
    const result = knebel(['rules', 'test', dir]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`price-change-with-exit\\.yml:\\d+ price-change-with-exit: ${wrong.replace(/\./g, '\\.')} — expected one finding, got no finding`));
    expect(result.stdout).toMatch(/1 of \d+ examples failed in 1 of 2 rules/);
  });
});
