/**
 * The library's "last edit" dates ("Oct 6, 2025, 3:30 PM", "6 oct 2025, 15:30"), written from
 * the message catalog rather than with `Intl.DateTimeFormat`: making the first date-and-time
 * format in a fresh tab cost Chromium 110–270 ms of main thread with the CPU slowed 4× (measured
 * here), all of it before the saved plans could be listed.
 */
import type { Translate } from '../i18n/translate.ts';

/** `iso` in the reader's time zone and language; text that is not a date is shown as it is. */
export function formatSavedAt(iso: string, t: Translate): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const hours = date.getHours();
  const minute = String(date.getMinutes()).padStart(2, '0');
  const time =
    t('library.date.hourCycle') === '24'
      ? t('library.date.time24', { hour: hours, minute })
      : t('library.date.time12', { hour: hours % 12 === 0 ? 12 : hours % 12, minute, period: hours < 12 ? t('library.date.am') : t('library.date.pm') });
  const month = t('library.date.months').split(' ')[date.getMonth()] ?? String(date.getMonth() + 1);
  return t('library.date.dateTime', { month, day: date.getDate(), year: date.getFullYear(), time });
}
