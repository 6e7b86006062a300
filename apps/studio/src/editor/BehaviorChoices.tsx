/**
 * The vital behaviors offered by every link list (strategies, moments, deviants…), from one
 * store: each checkbox watches its own behavior, so renaming a behavior re-renders the
 * checkboxes that show it, and neither the link lists nor the cards around them.
 */
import { createContext, useContext, useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { VitalBehavior } from '@sixsources/core';
import { usePlanSession } from '../plan/PlanSessionContext.ts';
import type { PlanStore } from '../plan/plan-store.ts';

/** A behavior as a link list offers it, with its place in the plan. */
export interface BehaviorChoice {
  behavior: VitalBehavior;
  index: number;
}

/** The behaviors offered, watched by the link lists. */
interface ChoicesStore {
  ids(): readonly string[];
  choice(id: string): BehaviorChoice | undefined;
  subscribe(listener: () => void): () => void;
}

const NO_IDS: readonly string[] = [];
const EMPTY: ChoicesStore = { ids: () => NO_IDS, choice: () => undefined, subscribe: () => () => {} };
const ChoicesContext = createContext<ChoicesStore>(EMPTY);

/** How long names may trail typing in the editor: a pause in typing brings them up to date. */
const TRAILING_MS = 300;

/**
 * Offers the open plan's behaviors to the link lists inside. With `trailing`, names follow
 * the plan once typing pauses (the editor, where keystrokes come first); otherwise at once.
 */
export function BehaviorChoices({ trailing = false, children }: { trailing?: boolean; children: ReactNode }) {
  const { store: plan } = usePlanSession();
  const [store] = useState(() => createChoicesStore(plan));
  useEffect(() => store.follow(plan, trailing ? TRAILING_MS : 0), [store, plan, trailing]);
  return <ChoicesContext value={store}>{children}</ChoicesContext>;
}

/** The ids of the behaviors offered, in plan order; re-renders only when they change. */
export function useBehaviorChoiceIds(): readonly string[] {
  const store = useContext(ChoicesContext);
  return useSyncExternalStore(store.subscribe, store.ids, store.ids);
}

/** One behavior offered; re-renders only when it, or its place, changes. */
export function useBehaviorChoice(id: string): BehaviorChoice | undefined {
  const store = useContext(ChoicesContext);
  const get = useMemo(() => () => store.choice(id), [store, id]);
  return useSyncExternalStore(store.subscribe, get, get);
}

function createChoicesStore(plan: PlanStore) {
  let behaviors: readonly VitalBehavior[] = [];
  let ids: readonly string[] = NO_IDS;
  let choices = new Map<string, BehaviorChoice>();
  const listeners = new Set<() => void>();

  const take = (next: readonly VitalBehavior[]) => {
    if (next === behaviors) return false;
    behaviors = next;
    const nextIds = next.map((behavior) => behavior.id);
    if (nextIds.length !== ids.length || nextIds.some((id, i) => id !== ids[i])) ids = nextIds;
    // Unchanged behaviors in unchanged places keep their entry, so their checkboxes stay as they are.
    const previous = choices;
    choices = new Map();
    next.forEach((behavior, index) => {
      if (choices.has(behavior.id)) return;
      const before = previous.get(behavior.id);
      choices.set(behavior.id, before !== undefined && before.behavior === behavior && before.index === index ? before : { behavior, index });
    });
    return true;
  };
  take(plan.getPlan().behaviors);

  return {
    ids: () => ids,
    choice: (id: string) => choices.get(id),
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** Follows the plan's behaviors, `delayMs` after the last change; returns the function that stops. */
    follow(source: PlanStore, delayMs: number): () => void {
      let timer: ReturnType<typeof setTimeout> | null = null;
      const update = () => {
        timer = null;
        if (take(source.getPlan().behaviors)) for (const listener of [...listeners]) listener();
      };
      update();
      const unsubscribe = source.subscribe(() => {
        if (source.getPlan().behaviors === behaviors) return;
        if (delayMs === 0) update();
        else {
          if (timer !== null) clearTimeout(timer);
          timer = setTimeout(update, delayMs);
        }
      });
      return () => {
        unsubscribe();
        if (timer !== null) clearTimeout(timer);
      };
    },
  };
}
