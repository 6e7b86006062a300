/** Every strategy of the plan, in plan order. The matrix shows the same strategies by source. */
import { memo } from 'react';
import type { Plan, Strategy } from '@sixsources/core';
import { useT } from '../../i18n/useT.ts';
import { usePlanSelector } from '../../plan/usePlan.ts';
import { usePlanSession } from '../../plan/PlanSessionContext.ts';
import { planHash } from '../../shell/route.ts';
import { ItemCard } from '../ItemCard.tsx';
import { AddItemButton } from '../AddItemButton.tsx';
import { StrategyFields } from '../StrategyFields.tsx';
import { tacticLabel } from '../tactic-label.ts';

const selectStrategies = (plan: Plan) => plan.strategies;

export function StrategiesSection() {
  const t = useT();
  const { planId } = usePlanSession();
  const strategies = usePlanSelector(selectStrategies);
  return (
    <section className="editor-section card" aria-labelledby="section-strategies">
      <h2 id="section-strategies" data-path="strategies" tabIndex={-1}>
        {t('editor.section.strategies')}
      </h2>
      <p className="section-intro">
        {t('editor.strategiesIntro')} <a href={planHash(planId, 'matrix')}>{t('editor.openMatrix')}</a>
      </p>
      {strategies.length === 0 ? (
        <p className="muted">{t('editor.empty')}</p>
      ) : (
        <ol className="item-list">
          {strategies.map((strategy, index) => (
            <StrategyCard key={strategy.id} strategy={strategy} index={index} count={strategies.length} />
          ))}
        </ol>
      )}
      <AddItemButton kind="strategy" label={t('editor.add.strategy')} fields={{ source: 'personal-motivation' }} />
    </section>
  );
}

const StrategyCard = memo(function StrategyCard({
  strategy,
  index,
  count,
}: {
  strategy: Strategy;
  index: number;
  count: number;
}) {
  const t = useT();
  const name = `${t('editor.item.strategy', { n: index + 1 })} · ${tacticLabel(t, strategy)}`;
  return (
    <ItemCard kind="strategy" id={strategy.id} index={index} count={count} name={name} path={`strategies.${index}`}>
      <StrategyFields strategy={strategy} index={index} />
    </ItemCard>
  );
});
