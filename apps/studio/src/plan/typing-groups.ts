/**
 * Decides which edits share one undo step: keystrokes in one field, in one burst of typing.
 * A new step starts when the person moves to another field, focuses a field again, or pauses
 * longer than `pauseMs`.
 */
export interface TypingGroups {
  /** The group key for an edit of `field` now. */
  groupFor(field: string): string;
  /** The person focused a field: the next edit starts a new step. */
  breakGroup(): void;
}

/** Creates a grouping for one open plan. `now` is injectable for tests. */
export function createTypingGroups(pauseMs = 1500, now: () => number = () => Date.now()): TypingGroups {
  let field: string | null = null;
  let last = 0;
  let burst = 0;
  return {
    groupFor(next) {
      const time = now();
      if (next !== field || time - last > pauseMs) {
        burst++;
        field = next;
      }
      last = time;
      return `${next}#${burst}`;
    },
    breakGroup() {
      field = null;
    },
  };
}
