/**
 * The library's date format, one per language. Making the first one is slow (the browser loads
 * its locale data): `warmDateFormat` makes it while the app is still waiting for storage.
 */
import { initialLanguage } from '../i18n/language.ts';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The format of "last edit" dates in `language`. */
export function dateFormat(language: string): Intl.DateTimeFormat {
  let format = formatters.get(language);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
    formatters.set(language, format);
  }
  return format;
}

/** Makes (and uses once) the format of the language the app starts in. */
export function warmDateFormat(): void {
  dateFormat(initialLanguage()).format(0);
}
