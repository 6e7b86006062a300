/** The plan editor: every part of the plan, section by section, with the coach's notes inline. */
import { useEffect } from 'react';
import { useT } from '../i18n/useT.ts';
import { revealPending } from '../plan/reveal.ts';
import { OverviewSection } from './sections/OverviewSection.tsx';
import { ResultSection } from './sections/ResultSection.tsx';
import { BehaviorsSection } from './sections/BehaviorsSection.tsx';
import { DiscoverySection } from './sections/DiscoverySection.tsx';
import { StrategiesSection } from './sections/StrategiesSection.tsx';
import { InfluencersSection } from './sections/InfluencersSection.tsx';
import { BehaviorChoices } from './BehaviorChoices.tsx';
import './editor.css';

const SECTIONS = ['overview', 'result', 'behaviors', 'discovery', 'strategies', 'influencers'] as const;

export function EditorScreen() {
  const t = useT();
  useEffect(() => revealPending(), []);
  return (
    <div className="editor">
      <div className="screen-header">
        <div>
          <h1>{t('editor.title')}</h1>
          <p>{t('editor.intro')}</p>
        </div>
      </div>
      <nav className="editor-contents" aria-label={t('editor.contents')}>
        <ul>
          {SECTIONS.map((section) => (
            <li key={section}>
              <button
                type="button"
                className="button quiet small"
                onClick={() => {
                  const heading = document.getElementById(`section-${section}`);
                  heading?.scrollIntoView({ block: 'start', behavior: 'smooth' });
                  heading?.closest<HTMLElement>('section')?.querySelector<HTMLElement>('input, textarea, select, [tabindex="-1"]')?.focus({ preventScroll: true });
                }}
              >
                {t(`editor.section.${section}`)}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      {/* Behavior names in the link lists may trail typing a little: keystrokes come first. */}
      <BehaviorChoices trailing>
        <OverviewSection />
        <ResultSection />
        <BehaviorsSection />
        <DiscoverySection />
        <StrategiesSection />
        <InfluencersSection />
      </BehaviorChoices>
    </div>
  );
}
