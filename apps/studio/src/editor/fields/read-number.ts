/** Reads a number as people type it: `12.5`, `12,5`, `-3`; `null` when it is not one yet. */
export function readNumber(text: string, wholeOnly = false): number | null {
  const normalized = text.trim().replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(normalized)) return null;
  const value = Number(normalized);
  if (!Number.isFinite(value) || (wholeOnly && !Number.isInteger(value))) return null;
  return value;
}
