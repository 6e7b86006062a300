/** Small labelled inputs shared by the rollout's forms. */
import type { ReactNode } from 'react';

/** A label around its control, text first. */
export function Field({ label, children, wide = false }: { label: string; children: ReactNode; wide?: boolean }) {
  return (
    <label className={wide ? 'rollout-field wide' : 'rollout-field'}>
      <span>{label}</span>
      {children}
    </label>
  );
}

/** `''` → undefined, else the number (NaN when not a number, which the schema then rejects). */
export function numberOrUndefined(text: string): number | undefined {
  const trimmed = text.trim().replace(',', '.');
  return trimmed === '' ? undefined : Number(trimmed);
}

/** `''` → undefined, else the trimmed text. */
export function textOrUndefined(text: string): string | undefined {
  const trimmed = text.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** An object without its `undefined` fields (the schemas are strict about optional keys). */
export function defined<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}
