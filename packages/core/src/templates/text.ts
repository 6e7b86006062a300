/** Picks the sentence of the requested language; templates write both side by side. */
import type { Language } from '../plan/schema.ts';

/** Returns the English or the Spanish wording of one piece of template text. */
export type Say = (en: string, es: string) => string;

/** A `Say` for one language. */
export function sayIn(language: Language): Say {
  return (en, es) => (language === 'es' ? es : en);
}
