/** Adds an item to a list and puts the cursor in its first field. */
import { newId, type ItemKind, type NewItemFields } from '@sixsources/core';
import { useEditPlan } from '../plan/usePlan.ts';

const PREFIX: Record<ItemKind, string> = {
  behavior: 'beh',
  strategy: 'str',
  crucialMoment: 'mom',
  positiveDeviant: 'dev',
  cultureBuster: 'cb',
  obvious: 'obv',
  influencer: 'inf',
  measure: 'mea',
};

/** Focuses the first field of the item with `id` once it is on the page. */
export function focusItem(id: string): void {
  requestAnimationFrame(() => {
    const item = document.querySelector<HTMLElement>(`[data-item-id="${CSS.escape(id)}"]`);
    const field = item?.querySelector<HTMLElement>('input, textarea, select');
    (field ?? item)?.focus();
    item?.scrollIntoView?.({ block: 'nearest' });
  });
}

export function AddItemButton<K extends ItemKind>({
  kind,
  label,
  fields,
  testId,
}: {
  kind: K;
  label: string;
  fields?: NewItemFields<K>;
  testId?: string;
}) {
  const edit = useEditPlan();
  return (
    <button
      type="button"
      className="button add-item"
      data-testid={testId ?? `add-${kind}`}
      onClick={() => {
        const id = newId(PREFIX[kind]);
        const refused = edit({ type: `${kind}.add`, id, ...(fields !== undefined && { fields }) } as Parameters<typeof edit>[0]);
        if (refused === null) focusItem(id);
      }}
    >
      <span aria-hidden="true">+</span> {label}
    </button>
  );
}
