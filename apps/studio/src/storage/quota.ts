/**
 * Recognizes "storage is full" in every browser's spelling: Chromium and the standard say
 * `QuotaExceededError` (legacy code 22), Firefox `NS_ERROR_DOM_QUOTA_REACHED` (code 1014),
 * and old WebKit only code 22.
 */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
  if (code === 22 || code === 1014) return true;
  // IndexedDB can report it as the cause of an aborted transaction.
  const cause = (error as { cause?: unknown }).cause;
  return cause !== undefined && cause !== error && isQuotaError(cause);
}
