import { MESSAGES, type MessageKey, type MessageParams } from './catalog.ts';
import { interpolate } from './format.ts';
import type { UiLanguage } from './language.ts';

/** Looks a message up and fills its placeholders. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

/**
 * A translator for one language. A key missing in that language falls back to English,
 * and a key missing everywhere shows itself, so a gap is visible rather than blank.
 */
export function translator(language: UiLanguage): Translate {
  const messages = MESSAGES[language];
  return (key, params) => interpolate(messages[key] ?? MESSAGES.en[key] ?? key, params);
}
