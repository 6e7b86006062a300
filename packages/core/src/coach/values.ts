/** Tests for values a drafted plan may still be missing. */

/** True for a real number; a value not yet entered is `undefined`. */
export function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** True for a missing or whitespace-only text. */
export function isBlank(text: string | undefined): boolean {
  return text === undefined || text.trim() === '';
}
