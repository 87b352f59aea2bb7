/**
 * Language identification by function words: cheap, deterministic and good enough to tell
 * German from English and to recognise the common other languages we do not analyse.
 */
export type SupportedLanguage = 'de' | 'en';

const STOPWORDS: Record<string, string> = {
  de: 'der die das und ist nicht den dem des ein eine einer eines einem mit von zu im auf für sich oder wird werden bei nach vor durch sind kann können muss dieser diese dieses zum zur aus als auch wenn sofern jeweils gegenüber über',
  en: 'the and of to is in for by with this that shall will be are any you your may or not an on at as from such which their our we its if unless must',
  fr: 'le la les et est des une un du de pour par avec dans que qui sur au aux ne pas vous nous votre sont être cette ces',
  es: 'el la los las y es de que en por con para una un del al se su sus no usted este esta como más pero',
  it: 'il lo la gli le e è di che per con una un del della dei non si sono questo questa nel alla al',
  nl: 'de het een en van is op te dat voor met niet zijn wordt aan bij deze dit door als uw ook',
  pt: 'o a os as e é de que em para com uma um do da dos das não se por ao seu sua',
  pl: 'i w na z do nie się że jest to przez od za po jak dla oraz lub',
};

const LISTS = Object.fromEntries(Object.entries(STOPWORDS).map(([lang, words]) => [lang, new Set(words.split(' '))]));

export interface LanguageGuess {
  language: string;
  confidence: number;
  /** Word counts per candidate language, for explanations and debugging. */
  scores: Record<string, number>;
  /** Words in the sample. */
  words: number;
  /** Function words of the best language found in the sample (without other evidence). */
  functionWords: number;
}

export function detectLanguage(text: string, sampleChars = 20000): LanguageGuess {
  const sample = text.length > sampleChars ? text.slice(0, sampleChars) : text;
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  const scores: Record<string, number> = {};
  for (const lang of Object.keys(LISTS)) scores[lang] = 0;
  const lists = Object.entries(LISTS);
  for (const word of words) {
    for (const [lang, list] of lists) if (list.has(word)) scores[lang]++;
  }
  const functionWords = Math.max(...Object.values(scores));
  // Umlauts and ß are strong German evidence even in short texts.
  scores.de += (sample.match(/[äöüß]/gi)?.length ?? 0) * 0.5;
  const ranked = Object.entries(scores).sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  const total = ranked.reduce((n, [, s]) => n + s, 0);
  return { language: best[1] > 0 ? best[0] : 'unknown', confidence: total ? (best[1] - (second?.[1] ?? 0)) / total : 0, scores, words: words.length, functionWords };
}

export function isSupported(language: string): language is SupportedLanguage {
  return language === 'de' || language === 'en';
}
