import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { knebel, knebelJson, ROOT } from './helpers.js';

/**
 * Texts that are not contracts get no grade (issue 13 §4): our own newsletter, README, recipe,
 * news articles about gym contracts, an essay on customer loyalty, a plain e-mail, an encyclopedia
 * article on automatic renewal, a consumer-advice page, a customer's own cancellation letter and an
 * invoice, through the real CLI. Every contract fixture must still be analysed.
 */
const NOT_CONTRACTS = readdirSync(join(ROOT, 'fixtures', 'not-a-contract')).map((f) => `fixtures/not-a-contract/${f}`);
const CONTRACTS = ['de', 'en'].flatMap((dir) => readdirSync(join(ROOT, 'fixtures', dir)).map((f) => `fixtures/${dir}/${f}`));

describe('NOT_A_CONTRACT', () => {
  it('has texts of every kind to judge', () => {
    expect(NOT_CONTRACTS.length).toBeGreaterThanOrEqual(11);
  });

  it('gives none of them a grade: ok false, NOT_A_CONTRACT with a reason, exit 3', () => {
    const { code, report } = knebelJson(NOT_CONTRACTS);
    expect(code).toBe(3);
    expect(report.documents).toHaveLength(NOT_CONTRACTS.length);
    for (const doc of report.documents) {
      expect(doc, doc.source).toMatchObject({ ok: false, error: { code: 'NOT_A_CONTRACT' } });
      expect(doc.error.message).toMatch(/^does not read like a contract: /);
      expect(doc.score).toBeUndefined();
    }
  });

  it('prints one line with the reason in text output', () => {
    const { code, stdout, stderr } = knebel(['check', 'fixtures/not-a-contract/essay-loyalty-en.txt']);
    expect(code).toBe(3);
    const lines = `${stdout}${stderr}`.split('\n').filter((l) => l.includes('NOT_A_CONTRACT'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('does not read like a contract');
  });

  it('--force-contract analyses it anyway', () => {
    const { code, report } = knebelJson(['--force-contract', 'fixtures/not-a-contract/zeitungsartikel-fitness-de.txt']);
    expect(code).toBe(0);
    expect(report.documents[0]).toMatchObject({ ok: true });
    expect(typeof report.documents[0].score).toBe('number');
  });

  it('never rejects a contract fixture', () => {
    const { report } = knebelJson(CONTRACTS);
    const rejected = report.documents.filter((d: { ok: boolean; error?: { code: string } }) => !d.ok && d.error?.code === 'NOT_A_CONTRACT');
    expect(rejected).toEqual([]);
    expect(report.documents.length).toBe(CONTRACTS.length);
  });

  it('analyses a one-paragraph terms page with a renewal clause', () => {
    const page = [
      'Terms of Sale.',
      'Your order starts a yearly subscription to the print edition.',
      'The subscription renews automatically for another year unless you cancel it in your account at least 14 days before the renewal date.',
      'Prices include VAT.',
    ].join(' ');
    const { code, report } = knebelJson(['-'], { input: page });
    expect(report.documents[0].ok).toBe(true);
    expect(code).toBe(0);
  });
});
