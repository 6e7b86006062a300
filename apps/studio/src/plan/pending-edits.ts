/**
 * Typing reaches the plan just after the keystroke has been painted: a text field shows the
 * new text at once (its own draft) and hands the edit over here, to be applied in the next
 * task after the frame. Each field keeps at most one pending edit (its latest text), so a
 * burst faster than the page can follow costs one edit, not one per key.
 *
 * Anything that reads or changes the plan as a whole (saving, undo, export) calls
 * `flushPendingEdits()` first, so no typed text is ever left behind.
 */

const pending = new Set<() => void>();
let scheduled = false;
let applying = false;
/** Told when typing starts waiting or has all been applied (the header must not say "Saved" in between). */
const watchers = new Set<() => void>();

/** True while typed text is waiting to reach the plan. */
export function hasPendingEdits(): boolean {
  return pending.size > 0;
}

/** Calls `watcher` whenever `hasPendingEdits()` changes; returns the unsubscribe function. */
export function watchPendingEdits(watcher: () => void): () => void {
  watchers.add(watcher);
  return () => watchers.delete(watcher);
}

function tellWatchers(): void {
  for (const watcher of [...watchers]) watcher();
}

/** Applies every pending edit now, in the order they were typed. */
export function flushPendingEdits(): void {
  scheduled = false;
  if (pending.size === 0) return;
  const edits = [...pending];
  pending.clear();
  tellWatchers();
  const outer = applying;
  applying = true;
  try {
    for (const apply of edits) apply();
  } finally {
    applying = outer;
  }
}

/** True while typed text is being applied to the plan (for work that can wait for a pause in typing). */
export function isApplyingTyping(): boolean {
  return applying;
}

/**
 * Queues `apply` (a field's "commit my latest text") to run after the next paint. Queuing the
 * same function again before it ran keeps one entry.
 */
export function deferEdit(apply: () => void): void {
  const wasEmpty = pending.size === 0;
  pending.add(apply);
  if (wasEmpty) tellWatchers();
  if (scheduled) return;
  scheduled = true;
  afterNextPaint(flushPendingEdits);
}

/** Forgets a pending edit (its field is gone and has applied it itself). */
export function dropPendingEdit(apply: () => void): void {
  if (pending.delete(apply) && pending.size === 0) tellWatchers();
}

/** Runs `run` once, in the first task after the next frame (soon, if frames are not coming: a hidden page). */
function afterNextPaint(run: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    run();
  };
  if (typeof requestAnimationFrame === 'function' && document.visibilityState !== 'hidden') {
    requestAnimationFrame(() => setTimeout(once, 0));
  }
  // No frame comes in a hidden or throttled page: never hold typing back for long.
  setTimeout(once, 100);
}
