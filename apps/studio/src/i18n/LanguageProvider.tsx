import { createContext, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { initialLanguage, rememberLanguage, type UiLanguage } from './language.ts';
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

/** Holds the interface language, remembers it, and keeps `<html lang>` in step. */
export function LanguageProvider({ children, language: fixed }: { children: ReactNode; language?: UiLanguage }) {
  const [language, setLanguageState] = useState<UiLanguage>(() => fixed ?? initialLanguage());
  const setLanguage = useCallback((next: UiLanguage) => {
    setLanguageState(next);
    rememberLanguage(next);
  }, []);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const value = useMemo(() => ({ language, setLanguage, t: translator(language) }), [language, setLanguage]);
  return <LanguageContext value={value}>{children}</LanguageContext>;
}
