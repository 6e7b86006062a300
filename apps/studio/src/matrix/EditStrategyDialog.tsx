/** Editing a strategy from the matrix: every field, changed live (each change can be undone). */
import { useEffect, useRef } from 'react';
import type { Plan } from '@sixsources/core';
import { useT } from '../i18n/useT.ts';
import { useEditPlan, usePlanSelector } from '../plan/usePlan.ts';
import { StrategyFields } from '../editor/StrategyFields.tsx';
import { BehaviorChoices } from '../editor/BehaviorChoices.tsx';
import { Dialog, type DialogHandle } from './Dialog.tsx';

const selectStrategies = (plan: Plan) => plan.strategies;

export function EditStrategyDialog({ strategyId, onClose }: { strategyId: string; onClose: () => void }) {
  const t = useT();
  const edit = useEditPlan();
  const strategies = usePlanSelector(selectStrategies);
  const index = strategies.findIndex((strategy) => strategy.id === strategyId);
  const strategy = strategies[index];
  const dialog = useRef<DialogHandle>(null);
  const close = () => dialog.current?.close();
  // Undo can take the strategy away while the dialog is open.
  useEffect(() => {
    if (strategy === undefined) onClose();
  }, [strategy, onClose]);
  if (strategy === undefined) return null;
  return (
    <Dialog ref={dialog} title={t('matrix.editTitle')} onClose={onClose} testId="edit-strategy-dialog">
      <div className="field-grid dialog-fields">
        <BehaviorChoices>
          <StrategyFields strategy={strategy} index={index} />
        </BehaviorChoices>
      </div>
      <div className="dialog-actions">
        <button type="button" className="button primary" onClick={close}>
          {t('matrix.done')}
        </button>
        <button
          type="button"
          className="button danger"
          onClick={() => {
            edit({ type: 'strategy.remove', id: strategy.id });
            close();
          }}
        >
          {t('matrix.removeStrategy')}
        </button>
      </div>
    </Dialog>
  );
}
