import { useSyncExternalStore } from 'react';

const KEY = 'sixsources.coachOpen';
const listeners = new Set<() => void>();
let open: boolean | null = null;

function isOpen(): boolean {
  if (open === null) {
    try {
      open = globalThis.localStorage?.getItem(KEY) !== 'false';
    } catch {
      open = true;
    }
  }
  return open;
}

function setOpen(next: boolean): void {
  open = next;
  try {
    globalThis.localStorage?.setItem(KEY, String(next));
  } catch {
    // Not remembered for the next visit, but applied now.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Whether the coach panel is shown, and a way to change it; the choice is remembered. */
export function useCoachOpen(): [boolean, (open: boolean) => void] {
  return [useSyncExternalStore(subscribe, isOpen, () => true), setOpen];
}
