import { analyzeText } from '../src/analyze.js';

/** One text through the pipeline for its facts alone: no rules, no model, no contract gate. */
export function analyzeForFacts(text: string, language: 'de' | 'en') {
  return analyzeText(text, { language, rules: [], forceContract: true, model: false });
}

/** The four lock-in facts the real-contracts labels record. */
export async function lockInFacts(text: string, language: 'de' | 'en') {
  const { report } = await analyzeForFacts(text, language);
  const { minimumTerm, autoRenewal, renewalTerm, noticePeriod } = report.facts;
  return { minimumTerm, autoRenewal, renewalTerm, noticePeriod };
}
