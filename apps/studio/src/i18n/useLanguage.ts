import { useContext } from 'react';
import { LanguageContext } from './LanguageContext.ts';
import type { UiLanguage } from './language.ts';

export type { UiLanguage } from './language.ts';

/** The interface language and a way to change it: `const [language, setLanguage] = useLanguage()`. */
export function useLanguage(): [UiLanguage, (language: UiLanguage) => void] {
  const { language, setLanguage } = useContext(LanguageContext);
  return [language, setLanguage];
}
