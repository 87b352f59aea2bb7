import { charges, PENALTY } from '../model/penalty.js';
import type { Severity } from '../model/vocabulary.js';

export { PENALTY };

/**
 * Grade bands. A starts above 90 so that one medium finding (10 points: a 7–12-month minimum
 * term, say) costs the A: such a lock-in is lawful but is not freedom (issue 13), while a fair
 * contract with a low finding or two (4 points each) keeps it.
 */
export const GRADES: readonly { grade: 'A' | 'B' | 'C' | 'D' | 'E' | 'F'; min: number }[] = [
  { grade: 'A', min: 91 },
  { grade: 'B', min: 75 },
  { grade: 'C', min: 60 },
  { grade: 'D', min: 45 },
  { grade: 'E', min: 30 },
  { grade: 'F', min: 0 },
];

export type Grade = (typeof GRADES)[number]['grade'];

export interface Scored {
  score: number;
  grade: Grade;
  /** Points lost per finding, in the order given. */
  points: number[];
}

/**
 * 100 minus the points of every finding, never below 0; the prices (lock-in in full, general terms
 * at half, two findings per category) are in src/model/penalty.ts. Adding a finding can only lower
 * the score.
 */
export function score(findings: readonly { category: string; severity: Severity }[]): Scored {
  const points = charges(findings).map((c) => c.points);
  const value = Math.max(0, 100 - points.reduce((a, b) => a + b, 0));
  return { score: value, grade: gradeFor(value), points };
}

export function gradeFor(value: number): Grade {
  return (GRADES.find((g) => value >= g.min) ?? GRADES[GRADES.length - 1]).grade;
}
