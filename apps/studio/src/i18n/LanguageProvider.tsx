import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { initialLanguage, rememberLanguage, type UiLanguage } from './language.ts';
import { translator } from './translate.ts';
import { LanguageContext } from './LanguageContext.ts';

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
