import { describe, expect, it } from 'vitest';
import { gradeFor, PENALTY, score } from '../src/score/index.js';
import { SEVERITIES, type Severity } from '../src/rules/schema.js';

describe('freedom score', () => {
  it('is 100 without findings and loses the documented points per finding', () => {
    expect(score([])).toEqual({ score: 100, grade: 'A', points: [] });
    expect(score([{ category: 'notice-period', severity: 'critical' }]).score).toBe(100 - PENALTY.critical);
    expect(score([{ category: 'fees', severity: 'info' }]).score).toBe(100);
  });

  it('charges half for a further finding in the same category', () => {
    expect(score([{ category: 'a', severity: 'high' }, { category: 'a', severity: 'high' }]).points).toEqual([20, 10]);
  });

  it('never rises when a finding is added or made worse', () => {
    const categories = ['minimum-term', 'auto-renewal', 'notice-period'];
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let round = 0; round < 500; round++) {
      const findings = Array.from({ length: Math.floor(random() * 6) }, () => ({
        category: categories[Math.floor(random() * 3)],
        severity: SEVERITIES[Math.floor(random() * 5)] as Severity,
      }));
      const sorted = (list: typeof findings) => [...list].sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
      const before = score(sorted(findings)).score;
      const added = { category: categories[Math.floor(random() * 3)], severity: SEVERITIES[Math.floor(random() * 5)] as Severity };
      expect(score(sorted([...findings, added])).score).toBeLessThanOrEqual(before);
      if (findings.length) {
        const worse = findings.map((f, i) => (i === 0 ? { ...f, severity: 'critical' as Severity } : f));
        expect(score(sorted(worse)).score).toBeLessThanOrEqual(before);
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
