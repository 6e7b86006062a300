/** Formatting for the printed report, in the plan's language. */
import type { Language } from '@sixsources/core';

/** The locale a plan's language prints in. */
export function localeOf(language: Language): string {
  return language === 'es' ? 'es' : 'en-US';
}

/** `2019-06-01` → `June 1, 2019` (or `1 de junio de 2019`), never shifted by the time zone. */
export function longDate(date: string | undefined, locale: string): string {
  if (date === undefined) return '';
  const time = Date.parse(`${date.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(time)) return date;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(time);
}

/** A number as the locale writes it. */
export function number(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}

/** `2019-06-01` → `Jun 2019` (or `jun 2019`): short enough for a table cell. */
export function shortDate(date: string, locale: string): string {
  const time = Date.parse(`${date.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(time)) return date;
  return new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(time);
}
