/**
 * The six-source matrix: vital behaviors × the six sources, grouped personal / social /
 * structural × motivation / ability. Each cell lists its strategies and can add one; empty
 * cells and behaviors drawing on fewer than four sources are marked.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { SOURCES, describeSource, type Plan, type Source } from '@sixsources/core';
import { useT } from '../i18n/useT.ts';
import { usePlanSelector } from '../plan/usePlan.ts';
import { usePlanSession } from '../plan/PlanSessionContext.ts';
import { revealPending } from '../plan/reveal.ts';
import { planHash } from '../shell/route.ts';
import { behaviorLabel } from '../editor/behavior-labels.ts';
import { MatrixCell } from './MatrixCell.tsx';
import { NewStrategyDialog } from './NewStrategyDialog.tsx';
import { EditStrategyDialog } from './EditStrategyDialog.tsx';
import { MIN_SOURCES, buildMatrix } from './matrix-model.ts';
import './matrix.css';

const LEVELS = ['personal', 'social', 'structural'] as const;
const selectBehaviors = (plan: Plan) => plan.behaviors;
const selectStrategies = (plan: Plan) => plan.strategies;

/** What the dialog is doing: adding in a cell, or editing one strategy. */
type Editing = { mode: 'add'; source: Source; behaviorId: string | null; behaviorName: string } | { mode: 'edit'; strategyId: string } | null;

export function MatrixScreen() {
  const t = useT();
  const { planId } = usePlanSession();
  const behaviors = usePlanSelector(selectBehaviors);
  const strategies = usePlanSelector(selectStrategies);
  const matrix = useMemo(() => buildMatrix({ behaviors, strategies }), [behaviors, strategies]);
  const [editing, setEditing] = useState<Editing>(null);
  const close = useCallback(() => setEditing(null), []);
  const hasUnlinked = SOURCES.some((source) => matrix.unlinked[source].length > 0);
  useEffect(() => revealPending(), []);

  return (
    <div className="matrix-screen">
      <div className="screen-header">
        <div>
          <h1>{t('matrix.title')}</h1>
          <p>{t('matrix.intro')}</p>
        </div>
      </div>
      {matrix.rows.length === 0 ? (
        <div className="card">
          <p>{t('matrix.noBehaviors')}</p>
          <a className="button" href={planHash(planId, 'edit')}>
            {t('matrix.toEditor')}
          </a>
        </div>
      ) : (
        <div className="matrix-scroll">
          <table className="matrix" data-testid="matrix">
            <caption className="visually-hidden">{t('matrix.caption')}</caption>
            <colgroup>
              <col className="matrix-behavior-col" />
            </colgroup>
            {LEVELS.map((level) => (
              <colgroup key={level} span={2} className={`level-${level}`} />
            ))}
            <thead>
              <tr>
                <td rowSpan={2} className="matrix-corner" />
                {LEVELS.map((level) => (
                  <th key={level} scope="colgroup" colSpan={2} className={`level-head level-${level}`}>
                    {t(`domain.level.${level}`)}
                  </th>
                ))}
              </tr>
              <tr>
                {SOURCES.map((source) => {
                  const { kind } = describeSource(source);
                  return (
                    <th key={source} scope="col" className={`kind-head kind-${kind}`}>
                      <span className="visually-hidden">{t(`domain.source.${source}`)}</span>
                      <span aria-hidden="true">{t(`domain.kind.${kind}`)}</span>
                      <span className="kind-question" aria-hidden="true">
                        {t(`domain.kindQuestion.${kind}`)}
                      </span>
                    </th>
                  );
                })}
              </tr>
            </thead>
            <tbody>
              {matrix.rows.map((row) => {
                const name = behaviorLabel(t, row.behavior, row.index, 120);
                const few = row.sourceCount < MIN_SOURCES;
                return (
                  <tr key={row.behavior.id} className={few ? 'few-sources' : undefined} data-testid="matrix-row">
                    <th scope="row" className="matrix-behavior" data-path={`behaviors.${row.index}`} tabIndex={-1}>
                      <span className="matrix-behavior-name">{name}</span>
                      <span className={`source-count${few ? ' few' : ''}`} data-testid="source-count" title={few ? t('matrix.fewSourcesHint') : undefined}>
                        {few && <span aria-hidden="true">⚠ </span>}
                        {t('matrix.sourceCount', { count: row.sourceCount })}
                        {few && <span className="visually-hidden">. {t('matrix.fewSources')}</span>}
                      </span>
                    </th>
                    {SOURCES.map((source) => (
                      <MatrixCell
                        key={source}
                        source={source}
                        strategies={row.cells[source]}
                        addLabel={t('matrix.addInCell', { behavior: name, source: t(`domain.source.${source}`) })}
                        onAdd={() => setEditing({ mode: 'add', source, behaviorId: row.behavior.id, behaviorName: name })}
                        onEdit={(strategyId) => setEditing({ mode: 'edit', strategyId })}
                      />
                    ))}
                  </tr>
                );
              })}
              {hasUnlinked && (
                <tr className="unlinked-row">
                  <th scope="row" className="matrix-behavior" title={t('matrix.unlinkedHint')}>
                    <span className="matrix-behavior-name">{t('matrix.unlinked')}</span>
                  </th>
                  {SOURCES.map((source) => (
                    <MatrixCell
                      key={source}
                      source={source}
                      strategies={matrix.unlinked[source]}
                      addLabel={t('matrix.addInCell', { behavior: t('matrix.unlinked'), source: t(`domain.source.${source}`) })}
                      onAdd={() => setEditing({ mode: 'add', source, behaviorId: null, behaviorName: t('matrix.unlinked') })}
                      onEdit={(strategyId) => setEditing({ mode: 'edit', strategyId })}
                    />
                  ))}
                </tr>
              )}
            </tbody>
          </table>
          <p className="muted matrix-legend">{t('matrix.legend')}</p>
        </div>
      )}
      {editing?.mode === 'add' && (
        <NewStrategyDialog source={editing.source} behaviorId={editing.behaviorId} behaviorName={editing.behaviorName} onClose={close} />
      )}
      {editing?.mode === 'edit' && <EditStrategyDialog strategyId={editing.strategyId} onClose={close} />}
    </div>
  );
}
