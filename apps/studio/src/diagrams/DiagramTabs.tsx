import { useRef, type KeyboardEvent } from 'react';

/** Props of the tab row; each tab controls the panel `panelId`. */
export interface DiagramTabsProps<K extends string> {
  label: string;
  kinds: readonly K[];
  selected: K;
  nameOf: (kind: K) => string;
  onSelect: (kind: K) => void;
  panelId: string;
  tabId: (kind: K) => string;
}

/** A row of tabs with the usual keys: arrows move, Home and End jump (WAI-ARIA tabs pattern). */
export function DiagramTabs<K extends string>({ label, kinds, selected, nameOf, onSelect, panelId, tabId }: DiagramTabsProps<K>) {
  const row = useRef<HTMLDivElement>(null);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const index = kinds.indexOf(selected);
    const next =
      event.key === 'ArrowRight' ? (index + 1) % kinds.length
      : event.key === 'ArrowLeft' ? (index - 1 + kinds.length) % kinds.length
      : event.key === 'Home' ? 0
      : event.key === 'End' ? kinds.length - 1
      : null;
    if (next === null) return;
    event.preventDefault();
    const kind = kinds[next] as K;
    onSelect(kind);
    row.current?.querySelector<HTMLButtonElement>(`#${CSS.escape(tabId(kind))}`)?.focus();
  }

  return (
    <div className="diagram-tabs" role="tablist" aria-label={label} ref={row} onKeyDown={onKeyDown}>
      {kinds.map((kind) => (
        <button
          key={kind}
          type="button"
          role="tab"
          id={tabId(kind)}
          aria-selected={kind === selected}
          aria-controls={panelId}
          tabIndex={kind === selected ? 0 : -1}
          onClick={() => onSelect(kind)}
        >
          {nameOf(kind)}
        </button>
      ))}
    </div>
  );
}
