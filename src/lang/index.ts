import { de } from './de.js';
import { en } from './en.js';
import type { LanguagePack } from './types.js';

export type { LanguagePack } from './types.js';

export const LANGUAGE_PACKS: Record<'de' | 'en', LanguagePack> = { de, en };
