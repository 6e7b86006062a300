/** Starting a new plan from one of the core's templates, written in the interface language. */
import { TEMPLATE_NAMES, TEMPLATES } from '@sixsources/core';
import { useLanguage } from '../i18n/useLanguage.ts';
import { useT } from '../i18n/useT.ts';
import { useStudio } from '../session/StudioContext.ts';
import { planHash } from '../shell/route.ts';
import { navigate } from '../shell/useRoute.ts';

export function NewPlanPanel() {
  const t = useT();
  const [language] = useLanguage();
  const studio = useStudio();
  return (
    <section className="card new-plan" aria-labelledby="new-plan-heading">
      <h2 id="new-plan-heading">{t('library.new')}</h2>
      <p className="muted">{t('library.templateLanguage', { language: t(`domain.planLanguage.${language}`) })}</p>
      <ul className="template-list">
        {TEMPLATE_NAMES.map((name) => {
          const info = TEMPLATES[name];
          return (
            <li key={name} className="template">
              <div>
                <h3>{info.title[language]}</h3>
                <p className="muted">{info.description[language]}</p>
              </div>
              <button
                type="button"
                className="button"
                data-testid={`new-${name}`}
                aria-label={t('library.newFromNamed', { title: info.title[language] })}
                onClick={() => void studio.create(name, language).then((id) => navigate(planHash(id)))}
              >
                {t('library.newFrom')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
