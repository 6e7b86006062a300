/**
 * The six-source matrix: vital behaviors × the six sources, grouped personal / social /
 * structural × motivation / ability. Each cell lists its strategies and can add one; empty
 * cells and behaviors drawing on fewer than four sources are marked.
 */
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { SOURCES, describeSource, type Plan, type Source } from '@sixsources/core';
import { useT, type Translate } from '../i18n/useT.ts';
import { usePlanSelector } from '../plan/usePlan.ts';
import { usePlanSession } from '../plan/PlanSessionContext.ts';
import { revealPending } from '../plan/reveal.ts';
import { planHash } from '../shell/route.ts';
import { behaviorLabel } from '../editor/behavior-labels.ts';
import { MatrixCell, type MatrixCellProps } from './MatrixCell.tsx';
import { NewStrategyDialog } from './NewStrategyDialog.tsx';
import { EditStrategyDialog } from './EditStrategyDialog.tsx';
import { MIN_SOURCES, buildMatrix, shareUnchangedCells, type Matrix, type MatrixRow } from './matrix-model.ts';
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
  // Cells whose strategies did not change keep their arrays, so only changed cells re-render.
  const previous = useRef<Matrix | null>(null);
  const matrix = useMemo(() => shareUnchangedCells(previous.current, buildMatrix({ behaviors, strategies })), [behaviors, strategies]);
  useEffect(() => {
    previous.current = matrix;
  }, [matrix]);
  const [editing, setEditing] = useState<Editing>(null);
  const close = useCallback(() => setEditing(null), []);
  const add = useCallback(
    (source: Source, behaviorId: string | null, behaviorName: string) => setEditing({ mode: 'add', source, behaviorId, behaviorName }),
    [],
  );
  const edit = useCallback((strategyId: string) => setEditing({ mode: 'edit', strategyId }), []);
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
              {matrix.rows.map((row) => (
                <MatrixRowView key={row.behavior.id} row={row} t={t} onAdd={add} onEdit={edit} />
              ))}
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
                      behaviorId={null}
                      behaviorName={t('matrix.unlinked')}
                      onAdd={add}
                      onEdit={edit}
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

/** Props of one behavior's row; `onAdd` and `onEdit` are stable. */
interface MatrixRowProps {
  row: MatrixRow;
  t: Translate;
  onAdd: MatrixCellProps['onAdd'];
  onEdit: MatrixCellProps['onEdit'];
}

/** One behavior's row: its name and source count, and its six cells. Re-renders only when they change. */
const MatrixRowView = memo(
  function MatrixRowView({ row, t, onAdd, onEdit }: MatrixRowProps) {
    const name = behaviorLabel(t, row.behavior, row.index, 120);
    const few = row.sourceCount < MIN_SOURCES;
    return (
      <tr className={few ? 'few-sources' : undefined} data-testid="matrix-row">
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
            behaviorId={row.behavior.id}
            behaviorName={name}
            onAdd={onAdd}
            onEdit={onEdit}
          />
        ))}
      </tr>
    );
  },
  (a, b) =>
    a.t === b.t &&
    a.onAdd === b.onAdd &&
    a.onEdit === b.onEdit &&
    a.row.behavior === b.row.behavior &&
    a.row.index === b.row.index &&
    a.row.sourceCount === b.row.sourceCount &&
    SOURCES.every((source) => a.row.cells[source] === b.row.cells[source]),
);
