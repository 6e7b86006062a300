import { useEffect } from 'react';
import { flushPendingEdits } from './pending-edits.ts';
import type { PlanStore } from './plan-store.ts';
import type { TypingGroups } from './typing-groups.ts';

/**
 * Ctrl/Cmd+Z undoes, Shift+Ctrl/Cmd+Z and Ctrl+Y redo — everywhere on the page, text fields
 * included, since every field's text lives in the plan's history.
 */
export function useUndoShortcuts(store: PlanStore, typing: TypingGroups): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      // Forms that hold their own draft (not yet in the plan) keep the browser's text undo.
      if (event.target instanceof Element && event.target.closest('[data-native-undo]') !== null) return;
      const key = event.key.toLowerCase();
      const redo = (key === 'z' && event.shiftKey) || (key === 'y' && !event.shiftKey);
      if (key !== 'z' && !redo) return;
      event.preventDefault();
      // The text typed just before is part of what is undone.
      flushPendingEdits();
      typing.breakGroup();
      if (redo) store.redo();
      else store.undo();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store, typing]);
}
