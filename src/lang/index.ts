import { guardAll } from '../prefilter/guarded.js';
import { de } from './de.js';
import { en } from './en.js';
import type { LanguagePack } from './types.js';

export type { LanguagePack } from './types.js';

/** The packs' expressions are guarded: each runs only on text holding a literal it needs. */
export const LANGUAGE_PACKS: Record<'de' | 'en', LanguagePack> = { de: guardAll(de), en: guardAll(en) };
