/** The languages of every message: reports, deadlines, letters. */
export type Locale = 'de' | 'en';
