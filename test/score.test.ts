import { describe, expect, it } from 'vitest';
import { gradeFor, PENALTY, score } from '../src/score/index.js';
import { charges, GENERAL_FACTOR, LOCK_IN_CATEGORIES } from '../src/model/penalty.js';
import { SEVERITIES, type Severity } from '../src/rules/schema.js';

describe('freedom score', () => {
  it('is 100 without findings and loses the documented points per finding', () => {
    expect(score([])).toEqual({ score: 100, grade: 'A', points: [] });
    expect(score([{ category: 'notice-period', severity: 'critical' }]).score).toBe(100 - PENALTY.critical);
    expect(score([{ category: 'fees', severity: 'info' }]).score).toBe(100);
  });

  it('charges half for a second finding in the same category and nothing beyond the second', () => {
    const fee = { category: 'fees', severity: 'high' as Severity };
    expect(score([fee, fee]).points).toEqual([20, 10]);
    expect(score([fee, fee, fee, fee]).points).toEqual([20, 10, 0, 0]);
  });

  it('charges the worst finding of a category in full whatever order findings arrive in', () => {
    const low = { category: 'fees', severity: 'low' as Severity };
    const high = { category: 'fees', severity: 'high' as Severity };
    expect(score([low, high]).points).toEqual([2, 20]);
    expect(charges([low, high]).map((c) => c.reason)).toEqual(['repeat', 'full']);
  });

  it('charges general one-sided terms half, lock-in in full', () => {
    expect(LOCK_IN_CATEGORIES.has('minimum-term')).toBe(true);
    expect(LOCK_IN_CATEGORIES.has('liability')).toBe(false);
    expect(score([{ category: 'liability', severity: 'high' }]).points).toEqual([PENALTY.high * GENERAL_FACTOR]);
    expect(score([{ category: 'arbitration', severity: 'medium' }, { category: 'arbitration', severity: 'medium' }, { category: 'arbitration', severity: 'medium' }]).points).toEqual([5, 3, 0]);
    expect(charges([{ category: 'liability', severity: 'high' }, { category: 'fees', severity: 'info' }]).map((c) => c.reason)).toEqual(['general', 'info']);
  });

  it('keeps a long but cancellable terms page above a two-year gym lock-in', () => {
    const general = ['liability', 'arbitration', 'choice-of-law', 'jurisdiction', 'content-removal', 'contract-by-using', 'provider-termination', 'unilateral-change'];
    const terms = general.flatMap((category) => Array.from({ length: 4 }, () => ({ category, severity: 'medium' as Severity })));
    const gym = [
      { category: 'minimum-term', severity: 'high' as Severity },
      { category: 'auto-renewal', severity: 'critical' as Severity },
      { category: 'notice-period', severity: 'critical' as Severity },
    ];
    expect(score(terms).score).toBeGreaterThan(score(gym).score);
  });

  it('never rises when a finding is added or made worse', () => {
    const categories = ['minimum-term', 'auto-renewal', 'liability'];
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let round = 0; round < 500; round++) {
      const findings = Array.from({ length: Math.floor(random() * 6) }, () => ({
        category: categories[Math.floor(random() * 3)],
        severity: SEVERITIES[Math.floor(random() * 5)] as Severity,
      }));
      const before = score(findings).score;
      const added = { category: categories[Math.floor(random() * 3)], severity: SEVERITIES[Math.floor(random() * 5)] as Severity };
      expect(score([...findings, added]).score).toBeLessThanOrEqual(before);
      expect(score([added, ...findings]).score).toBeLessThanOrEqual(before);
      if (findings.length) {
        const at = Math.floor(random() * findings.length);
        const worse = findings.map((f, i) => (i === at ? { ...f, severity: 'critical' as Severity } : f));
        expect(score(worse).score).toBeLessThanOrEqual(before);
      }
    }
  });

  it('maps scores to grades A–F', () => {
    expect([100, 91, 90, 89, 75, 60, 45, 30, 29, 0].map(gradeFor)).toEqual(['A', 'A', 'B', 'B', 'B', 'C', 'D', 'E', 'F', 'F']);
  });

  it('takes the A from a 12-month minimum term but not from two low findings', () => {
    expect(score([{ category: 'minimum-term', severity: 'medium' }]).grade).toBe('B');
    expect(score([{ category: 'minimum-term', severity: 'low' }, { category: 'auto-renewal', severity: 'low' }]).grade).toBe('A');
  });
});
