import type { Locale } from './locale.js';

/** Unit names for durations ("1 Monat", "3 months"): singular and plural, apart from the sentences. */
export const UNIT_NAMES: Record<Locale, Record<'D' | 'W' | 'M' | 'Y', [singular: string, plural: string]>> = {
  en: { D: ['day', 'days'], W: ['week', 'weeks'], M: ['month', 'months'], Y: ['year', 'years'] },
  de: { D: ['Tag', 'Tage'], W: ['Woche', 'Wochen'], M: ['Monat', 'Monate'], Y: ['Jahr', 'Jahre'] },
};
