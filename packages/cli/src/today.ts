/** The `--today` option: the date the coach and report treat as today. */
import { usageError } from './failure.ts';

/** Today's calendar date where the user is, `YYYY-MM-DD`. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Checks a `--today` value is a real calendar date; defaults to the local date. */
export function todayOption(command: string, value: string | boolean | undefined): string {
  if (value === undefined) return localToday();
  const text = String(value);
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match !== null) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    // Date.UTC rolls 2026-02-30 over to March; a real date survives the round trip.
    if (date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day) return text;
  }
  throw usageError(`--today must be a calendar date YYYY-MM-DD, not "${text}"`, command);
}
