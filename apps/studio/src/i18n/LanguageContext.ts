import { createContext } from 'react';
import type { UiLanguage } from './language.ts';
import { translator, type Translate } from './translate.ts';

/** What the language context holds. */
export interface LanguageContextValue {
  language: UiLanguage;
  setLanguage: (language: UiLanguage) => void;
  t: Translate;
}

/** @internal read it through `useT()` or `useLanguage()`. */
export const LanguageContext = createContext<LanguageContextValue>({
  language: 'en',
  setLanguage: () => {},
  t: translator('en'),
});
