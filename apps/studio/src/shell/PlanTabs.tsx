/** The tabs of an open plan's screens. */
import { useT } from '../i18n/useT.ts';
import { PLAN_SCREENS, planHash, type PlanScreen } from './route.ts';

export function PlanTabs({ planId, current }: { planId: string; current: PlanScreen }) {
  const t = useT();
  return (
    <nav className="plan-tabs app-chrome" aria-label={t('shell.planNav')}>
      {PLAN_SCREENS.map((screen) => (
        <a key={screen} href={planHash(planId, screen)} aria-current={screen === current ? 'page' : undefined} data-testid={`tab-${screen}`}>
          {t(`shell.nav.${screen}`)}
        </a>
      ))}
    </nav>
  );
}
