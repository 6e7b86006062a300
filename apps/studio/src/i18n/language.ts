/** The languages of the studio's interface, and how the choice is remembered. */

/** A language the studio speaks. */
export type UiLanguage = 'en' | 'es';

/** Every language the studio speaks, English first. */
export const UI_LANGUAGES: readonly UiLanguage[] = ['en', 'es'];

const STORAGE_KEY = 'sixsources.language';

/** True for 'en' and 'es'. */
export function isUiLanguage(value: unknown): value is UiLanguage {
  return value === 'en' || value === 'es';
}

/**
 * The language to start in: the one chosen last time, else the browser's preference
 * (Spanish for any `es-*`), else English.
 */
export function initialLanguage(): UiLanguage {
  try {
    const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (isUiLanguage(saved)) return saved;
  } catch {
    // Storage can be blocked (private windows, policies); the browser's preference still works.
  }
  const preferred = globalThis.navigator?.language ?? 'en';
  return preferred.toLowerCase().startsWith('es') ? 'es' : 'en';
}

/** Remembers the choice for the next visit; silently skipped when storage is blocked. */
export function rememberLanguage(language: UiLanguage): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, language);
  } catch {
    // Nothing to do: the choice still holds for this visit.
  }
}
