import { beforeAll, describe, expect, it } from 'vitest';
import { formatSavedAt } from '../src/library/date-format.ts';
import { translator } from '../src/i18n/translate.ts';
import { loadCatalogs } from '../src/i18n/lazy-catalogs.ts';

beforeAll(() => loadCatalogs('library'));

/** Intl's medium date and short time, with its narrow no-break spaces made plain. */
function intl(language: string, date: Date): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(date).replace(/\s/g, ' ');
}

/** Every month at every hour of the day, with minutes on either side of ten. */
const dates = Array.from({ length: 12 * 24 }, (_, i) => new Date(2025, Math.floor(i / 24), 1 + (i % 28), i % 24, (i * 7) % 60));

describe('the library\'s "last edit" dates', () => {
  it.each(['en', 'es'] as const)('read in %s as Intl writes them, for every month and hour', (language) => {
    const t = translator(language);
    for (const date of dates) expect(formatSavedAt(date.toISOString(), t)).toBe(intl(language, date));
  });

  it('shows stored text that is not a date as it is', () => {
    expect(formatSavedAt('yesterday', translator('en'))).toBe('yesterday');
  });
});
