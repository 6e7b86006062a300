/**
 * Saving a machine whose context holds shared append-only lists (see `append-only.ts`).
 * xstate saves a snapshot by walking every value of its context key by key, looking for actors;
 * through a list's `Proxy` that walk cost three times as much as the list itself. The lists are
 * handed to it as plain arrays instead. The saved snapshot is the same JSON either way.
 */
import type { AnyStateMachine, ContextFrom } from 'xstate';

/** `machine`, saving its snapshots with `plain(context)` in place of the context. */
export function saveWithPlainLists<TMachine extends AnyStateMachine>(
  machine: TMachine,
  plain: (context: ContextFrom<TMachine>) => ContextFrom<TMachine>,
): TMachine {
  const save = machine.getPersistedSnapshot.bind(machine);
  machine.getPersistedSnapshot = (snapshot, options) => save({ ...snapshot, context: plain(snapshot.context) }, options);
  return machine;
}
