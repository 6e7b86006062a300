/** The top bar: brand, navigation, the open plan's tools (`OpenPlanTools`, when a plan is open), language. */
import type { ReactNode } from 'react';
import type { Route } from './route.ts';
import { routeHash } from './route.ts';
import { useT } from '../i18n/useT.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import { UI_LANGUAGES, isUiLanguage } from '../i18n/language.ts';

/** `tools` are the open plan's title, save state, undo/redo and export; absent without an open plan. */
export function Header({ route, tools }: { route: Route; tools?: ReactNode }) {
  const t = useT();
  return (
    <header className="app-header app-chrome">
      <a className="brand" href={routeHash({ screen: 'library' })}>
        <span className="brand-mark" aria-hidden="true">
          <span />
          <span />
          <span />
          <span />
          <span />
          <span />
        </span>
        {t('shell.appName')}
      </a>
      <nav className="main-nav" aria-label={t('shell.mainNav')}>
        <a href={routeHash({ screen: 'library' })} aria-current={route.screen === 'library' ? 'page' : undefined}>
          {t('shell.nav.library')}
        </a>
        <a href={routeHash({ screen: 'cohort' })} aria-current={route.screen === 'cohort' ? 'page' : undefined}>
          {t('shell.nav.cohort')}
        </a>
      </nav>
      {tools ?? <div className="header-spacer" />}
      <LanguageSwitch />
    </header>
  );
}

function LanguageSwitch() {
  const t = useT();
  const [language, setLanguage] = useLanguage();
  return (
    <label className="language-switch">
      <span>{t('shell.language')}</span>
      <select
        value={language}
        onChange={(event) => {
          if (isUiLanguage(event.target.value)) setLanguage(event.target.value);
        }}
        data-testid="language-switch"
      >
        {UI_LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>
            {t(`shell.languageName.${code}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
