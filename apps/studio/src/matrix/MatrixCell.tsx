/** One cell of the matrix: its strategies (tactic and description) and a button to add one. */
import { memo } from 'react';
import type { Source } from '@sixsources/core';
import { useT } from '../i18n/useT.ts';
import type { PlacedStrategy } from './matrix-model.ts';

/** Props of a cell; `onAdd` and `onEdit` should be stable, so that only changed cells re-render. */
export interface MatrixCellProps {
  source: Source;
  strategies: readonly PlacedStrategy[];
  addLabel: string;
  /** The row's behavior (`null` for strategies aimed at none) and its name, handed to `onAdd`. */
  behaviorId: string | null;
  behaviorName: string;
  onAdd: (source: Source, behaviorId: string | null, behaviorName: string) => void;
  onEdit: (strategyId: string) => void;
}

export const MatrixCell = memo(function MatrixCell({ source, strategies, addLabel, behaviorId, behaviorName, onAdd, onEdit }: MatrixCellProps) {
  const t = useT();
  const empty = strategies.length === 0;
  return (
    <td className={`matrix-cell source-${source}${empty ? ' empty' : ''}`} data-testid={`cell-${source}`} data-empty={empty ? 'true' : undefined}>
      {empty ? (
        <span className="empty-note">{t('matrix.emptyCell')}</span>
      ) : (
        <ul>
          {strategies.map(({ strategy, index }) => {
            const tactic = t(`domain.tactic.${strategy.tactic}`);
            return (
              <li key={strategy.id}>
                <button
                  type="button"
                  className={`strategy-chip${strategy.status === 'dropped' ? ' dropped' : ''}`}
                  data-path={`strategies.${index}`}
                  onClick={() => onEdit(strategy.id)}
                >
                  <span className="visually-hidden">{t('matrix.editStrategy')} </span>
                  <span className="strategy-tactic">
                    {tactic}
                    {strategy.status === 'dropped' && <span className="strategy-status"> · {t('matrix.dropped')}</span>}
                    {/* Read as "tactic: description"; an in-line span keeps the words apart the same way. */}
                    {strategy.description !== '' && <span className="name-only">:</span>}
                  </span>
                  {strategy.description !== '' && <span className="strategy-description">{strategy.description}</span>}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <button type="button" className="cell-add" aria-label={addLabel} title={addLabel} onClick={() => onAdd(source, behaviorId, behaviorName)}>
        <span aria-hidden="true">+</span> {t('matrix.add')}
      </button>
    </td>
  );
});
