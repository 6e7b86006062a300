import { SOURCES, type Plan, type Source, type Strategy, type VitalBehavior } from '@sixsources/core';
import type { Translate } from '../i18n/useT.ts';

/** Behaviors per printed table: beyond three, columns get too narrow for a page. */
const COLUMNS_PER_TABLE = 3;

/**
 * The six-source matrix on paper: one row per source, one column per vital behavior, the
 * strategies in each cell. Many behaviors are split into several tables of three.
 */
export function MatrixSection({ plan, t }: { plan: Plan; t: Translate }) {
  if (plan.behaviors.length === 0) return null;
  const active = plan.strategies.filter((strategy) => strategy.status !== 'dropped');
  const groups: VitalBehavior[][] = [];
  for (let i = 0; i < plan.behaviors.length; i += COLUMNS_PER_TABLE) groups.push(plan.behaviors.slice(i, i + COLUMNS_PER_TABLE));
  return (
    <section className="report-part matrix-part">
      <h2>{t('print.matrix')}</h2>
      <p className="note">{t('print.matrixIntro')}</p>
      {groups.map((group, index) => (
        <table key={index} className="matrix">
          <thead>
            <tr>
              <th scope="col">{t('print.source')}</th>
              {group.map((behavior) => (
                <th scope="col" key={behavior.id}>
                  {t('print.behaviorNumber', { number: plan.behaviors.indexOf(behavior) + 1 })}
                  <span className="behavior-name">{behavior.who}</span>
                  <span className="sources-used">{t('print.sourcesUsed', { count: sourcesUsed(active, behavior.id) })}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {SOURCES.map((source) => (
              <tr key={source}>
                <th scope="row">{t(`domain.source.${source}`)}</th>
                {group.map((behavior) => (
                  <Cell key={behavior.id} strategies={inCell(active, behavior.id, source)} t={t} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </section>
  );
}

function Cell({ strategies, t }: { strategies: Strategy[]; t: Translate }) {
  if (strategies.length === 0) return <td className="empty">{t('print.emptyCell')}</td>;
  return (
    <td>
      <ul>
        {strategies.map((strategy) => (
          <li key={strategy.id}>
            <span className="tactic">{t(`domain.tactic.${strategy.tactic}`)}</span>
            {strategy.description !== '' && `: ${strategy.description}`}
          </li>
        ))}
      </ul>
    </td>
  );
}

function inCell(strategies: Strategy[], behaviorId: string, source: Source): Strategy[] {
  return strategies.filter((strategy) => strategy.source === source && strategy.behaviorIds.includes(behaviorId));
}

function sourcesUsed(strategies: Strategy[], behaviorId: string): number {
  return new Set(strategies.filter((strategy) => strategy.behaviorIds.includes(behaviorId)).map((strategy) => strategy.source)).size;
}
