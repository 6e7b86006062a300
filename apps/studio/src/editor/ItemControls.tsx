/**
 * Move up, move down and remove for one item of a list, by keyboard or pointer. After a
 * move, focus follows the item, so repeated presses keep moving it.
 */
import type { ItemKind } from '@sixsources/core';
import { useT } from '../i18n/useT.ts';
import { useEditPlan } from '../plan/usePlan.ts';

export function ItemControls({
  kind,
  id,
  index,
  count,
  name,
  onRemoved,
}: {
  kind: ItemKind;
  id: string;
  index: number;
  count: number;
  /** The item as people call it, e.g. "Behavior 2". */
  name: string;
  /** Called after removal (e.g. to move focus somewhere sensible). */
  onRemoved?: () => void;
}) {
  const t = useT();
  const edit = useEditPlan();
  const move = (to: number, control: 'up' | 'down') => {
    edit({ type: `${kind}.move`, from: index, to } as Parameters<typeof edit>[0]);
    requestAnimationFrame(() => {
      const button = document.querySelector<HTMLButtonElement>(`[data-item-id="${CSS.escape(id)}"] [data-control="${control}"]`);
      if (button !== null && !button.disabled) button.focus();
      else document.querySelector<HTMLButtonElement>(`[data-item-id="${CSS.escape(id)}"] [data-control="${control === 'up' ? 'down' : 'up'}"]`)?.focus();
    });
  };
  return (
    <div className="item-controls">
      <button
        type="button"
        className="button quiet icon-button"
        data-control="up"
        disabled={index === 0}
        aria-label={t('editor.moveUpNamed', { item: name })}
        title={t('editor.moveUp')}
        onClick={() => move(index - 1, 'up')}
      >
        ↑
      </button>
      <button
        type="button"
        className="button quiet icon-button"
        data-control="down"
        disabled={index === count - 1}
        aria-label={t('editor.moveDownNamed', { item: name })}
        title={t('editor.moveDown')}
        onClick={() => move(index + 1, 'down')}
      >
        ↓
      </button>
      <button
        type="button"
        className="button quiet danger"
        aria-label={t('editor.removeNamed', { item: name })}
        onClick={() => {
          edit({ type: `${kind}.remove`, id } as Parameters<typeof edit>[0]);
          onRemoved?.();
        }}
      >
        {t('editor.remove')}
      </button>
    </div>
  );
}
