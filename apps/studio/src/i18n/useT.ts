import { useContext } from 'react';
import { LanguageContext } from './LanguageContext.ts';
import type { Translate } from './translate.ts';

export type { Translate } from './translate.ts';
export type { MessageKey, MessageParams } from './catalog.ts';

/**
 * The translator of the current interface language: `t('library.title')`,
 * `t('library.count', { count: 3 })` fills `{count}`.
 */
export function useT(): Translate {
  return useContext(LanguageContext).t;
}
