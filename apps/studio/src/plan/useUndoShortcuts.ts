import { useEffect } from 'react';
import { redoEvent, undoEvent, type PlanActorRef } from './authoring.ts';
import type { TypingGroups } from './typing-groups.ts';

/**
 * Ctrl/Cmd+Z undoes, Shift+Ctrl/Cmd+Z and Ctrl+Y redo — everywhere on the page, text fields
 * included, since every field's text lives in the plan's history.
 */
export function useUndoShortcuts(actorRef: PlanActorRef, typing: TypingGroups): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      // Forms that hold their own draft (not yet in the plan) keep the browser's text undo.
      if (event.target instanceof Element && event.target.closest('[data-native-undo]') !== null) return;
      const key = event.key.toLowerCase();
      if (key === 'z') {
        event.preventDefault();
        typing.breakGroup();
        actorRef.send(event.shiftKey ? redoEvent : undoEvent);
      } else if (key === 'y' && !event.shiftKey) {
        event.preventDefault();
        typing.breakGroup();
        actorRef.send(redoEvent);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [actorRef, typing]);
}
